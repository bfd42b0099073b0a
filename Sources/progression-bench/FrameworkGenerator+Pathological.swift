/// Inputs of unusual shape, to check that time per byte doesn't depend on the shape.
extension FrameworkGenerator {
  /// A framework whose one criterion is a single double-quoted scalar of about `size` bytes.
  mutating func writeHugeScalar(size: Int) {
    appendFrontMatterKeys(name: "huge-scalar")
    append("topics:\n  - name: \"mastery\"\n    title: \"🛠️ Mastery\"\n    content:\n")
    append("      - level: 1\n        criteria:\n          - \"")
    while count < size {
      appendSentence(words: 20)
      append(". ")
    }
    append("\"\n")
    appendBody()
  }

  /// A front matter mapping with `keys` keys besides the framework's own (`extra000001: "…"`),
  /// then one ordinary topic. Not a valid framework if the model refuses unknown keys.
  mutating func writeManyKeys(_ keys: Int) {
    appendFrontMatterKeys(name: "many-keys")
    for index in 1...keys {
      append("extra\(zeroPadded(index, width: 6)): \"")
      appendSentence(words: random.inRange(1...4))
      append("\"\n")
    }
    append("topics:\n")
    appendTopic(index: 1)
    appendBody()
  }

  /// A framework of `topics` small topics (one or two levels of two criteria each).
  mutating func writeManyTopics(_ topics: Int) {
    appendFrontMatterKeys(name: "many-topics")
    append("topics:\n")
    for index in 1...topics {
      append("  - name: \"topic-\(index)\"\n    title: \"Topic \(index)\"\n    content:\n")
      for level in 1...random.inRange(1...2) {
        appendLevel(level, criteria: 2, withExamples: false)
      }
    }
    appendBody()
  }

  /// A framework whose one level has `count` criteria, one a line, each ending with a space
  /// inside its quotes: `count` whitespace findings, each with a fix.
  mutating func writeFixes(_ count: Int) {
    appendFrontMatterKeys(name: "fixes")
    append("topics:\n  - name: \"impact\"\n    content:\n      - level: 1\n        criteria:\n")
    for index in 1...count {
      append("          - \"Criterion \(index) \"\n")
    }
    appendBody()
  }

  /// A framework whose one level lists `count` criteria on a single line, in a flow sequence,
  /// each ending with a space: `count` findings on one line.
  mutating func writeFindingsOnOneLine(_ count: Int) {
    appendFrontMatterKeys(name: "one-line")
    append("topics:\n  - name: \"impact\"\n    content:\n      - level: 1\n        criteria: [")
    for index in 1...count {
      append(index == 1 ? "\"c\(index) \"" : ", \"c\(index) \"")
    }
    append("]\n")
    appendBody()
  }

  /// `chains` block mappings nested `depth` deep (`k:` indented two more spaces per level)
  /// under front matter keys `nested01:`..., then one ordinary topic. Not a valid framework if
  /// the model refuses unknown keys. Each chain is about `depth * depth` bytes.
  mutating func writeDeepNesting(depth: Int, chains: Int) {
    appendFrontMatterKeys(name: "deep-nesting")
    for chain in 1...chains {
      append("nested\(zeroPadded(chain, width: 2)):\n")
      for level in 1..<depth {
        appendSpaces(2 * level)
        append(level == depth - 1 ? "k: \"deepest\"\n" : "k:\n")
      }
    }
    append("topics:\n")
    appendTopic(index: 1)
    appendBody()
  }
}

private func zeroPadded(_ value: Int, width: Int) -> String {
  let digits = String(value)
  return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
