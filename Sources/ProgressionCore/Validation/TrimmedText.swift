/// A text as a key of a hash table: its bytes without white space at either end, hashed once.
struct TrimmedText: Hashable {
  let text: String
  let facts: TextFacts

  /// `text` as a key.
  init(_ text: String) {
    self.init(text: text, facts: TextFacts(text))
  }

  /// `text`, whose facts are known, as a key.
  init(text: String, facts: TextFacts) {
    self.text = text
    self.facts = facts
  }

  static func == (lhs: TrimmedText, rhs: TrimmedText) -> Bool {
    guard lhs.facts.trimmedHash == rhs.facts.trimmedHash,
      lhs.facts.trimmed.count == rhs.facts.trimmed.count
    else { return false }
    let left = lhs.text.utf8
    let right = rhs.text.utf8
    return left.dropFirst(lhs.facts.trimmed.lowerBound).prefix(lhs.facts.trimmed.count)
      .elementsEqual(right.dropFirst(rhs.facts.trimmed.lowerBound).prefix(rhs.facts.trimmed.count))
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(facts.trimmedHash)
  }
}
