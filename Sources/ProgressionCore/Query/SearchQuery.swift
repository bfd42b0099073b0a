/// What `search` looks for: terms that must all match one text.
///
/// Each term is one argument as the shell passes it: one word, or several (a quoted phrase).
/// A term matches a text where its words appear as consecutive words of the text, all but the
/// last whole and the last as the start of a word, after folding both sides with
/// `TextFolding`: `review` finds `Reviews`, `code review` finds `code reviewing` but not
/// `codebase reviews`. Punctuation between words is ignored on both sides.
public struct SearchQuery: Hashable, Sendable {
  /// One term: as typed, and its folded words.
  public struct Term: Hashable, Sendable {
    /// The term as typed.
    public var text: String
    /// Its folded words, as UTF-8; never empty.
    public var words: [[UInt8]]
  }

  /// The terms, in the order given; never empty.
  public private(set) var terms: [Term]

  /// Folds each term into its words.
  ///
  /// - Throws: `.noTerms` when `terms` is empty, `.noWords` for a term without a letter or
  ///   digit, such as `""` or `--`.
  public init(terms: [String]) throws(SearchQueryError) {
    guard !terms.isEmpty else { throw .noTerms }
    self.terms = []
    for text in terms {
      let folded = FoldedText(text)
      let words = folded.foldedWords.map(Array.init)
      guard !words.isEmpty else { throw .noWords(text) }
      self.terms.append(Term(text: text, words: words))
    }
  }

  /// Where the terms match in `text`, one range per match from the start of its first word to
  /// the end of its last, in order and merged where they overlap; `nil` unless every term
  /// matches.
  public func matches(in text: String) -> [Range<String.Index>]? {
    if let excluded = text.utf8.withContiguousStorageIfAvailable(cannotMatch), excluded {
      return nil
    }
    let folded = FoldedText(text)
    var ranges: [Range<String.Index>] = []
    for term in terms {
      let found = Self.matches(of: term, in: folded)
      guard !found.isEmpty else { return nil }
      ranges += found
    }
    return Self.merged(ranges)
  }

  /// Whether every term matches the folded text (for filters, such as a topic's title).
  public func isMatched(by text: String) -> Bool { matches(in: text) != nil }

  /// Whether `utf8` certainly does not match: it is ASCII (so it folds by lowercasing alone)
  /// and lacks, ignoring case, the first word of some term. Most criteria are ASCII and match
  /// nothing, so this saves folding them.
  private func cannotMatch(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return false }
    return terms.contains { term in
      guard let word = term.words.first, let first = word.first else { return false }
      guard word.count <= utf8.count else { return true }
      for start in 0...(utf8.count - word.count) where Self.lowercased(utf8[start]) == first {
        var offset = 1
        while offset < word.count, Self.lowercased(utf8[start + offset]) == word[offset] {
          offset += 1
        }
        if offset == word.count { return false }
      }
      return true
    }
  }

  private static func lowercased(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
  }

  private static func matches(of term: Term, in text: FoldedText) -> [Range<String.Index>] {
    let words = text.words
    guard words.count >= term.words.count else { return [] }
    var found: [Range<String.Index>] = []
    let last = term.words.count - 1
    for start in 0...(words.count - term.words.count) {
      var matched = true
      for (offset, termWord) in term.words.enumerated() {
        let word = text.bytes[words[start + offset].folded]
        let fits =
          offset == last
          ? word.starts(with: termWord) : word.elementsEqual(termWord)
        if !fits {
          matched = false
          break
        }
      }
      if matched {
        found.append(words[start].source.lowerBound..<words[start + last].source.upperBound)
      }
    }
    return found
  }

  private static func merged(_ ranges: [Range<String.Index>]) -> [Range<String.Index>] {
    var result: [Range<String.Index>] = []
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let previous = result.last, range.lowerBound <= previous.upperBound {
        result[result.count - 1] = previous.lowerBound..<max(previous.upperBound, range.upperBound)
      } else {
        result.append(range)
      }
    }
    return result
  }
}

/// Why search terms cannot be searched for. Both are usage errors.
public enum SearchQueryError: Error, Hashable, Sendable {
  /// No term was given.
  case noTerms
  /// A term has no letter or digit to search for, such as `""` or `--`.
  case noWords(String)
}
