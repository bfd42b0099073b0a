/// Splits texts into words and gives each distinct word a small integer, so texts can be compared
/// as integer arrays.
struct WordInterner {
  /// The id of each word seen so far.
  private var ids: [Substring: Int] = [:]

  /// The number of distinct words seen so far.
  var count: Int { ids.count }

  /// The words of `text` (runs of non-whitespace scalars) and their ids.
  mutating func words(of text: String) -> (words: [Substring], ids: [Int]) {
    var words: [Substring] = []
    var wordIDs: [Int] = []
    for slice in text.unicodeScalars.split(whereSeparator: Self.isWhitespace) {
      let word = Substring(slice)
      words.append(word)
      wordIDs.append(id(of: word))
    }
    return (words, wordIDs)
  }

  /// The ids of the words of `text`, compared loosely: ignoring case and the punctuation around
  /// them, so that "Tests." and "tests" have the same id. For matching rewordings, where a
  /// changed full stop or capital should not count as a changed word.
  mutating func looseIDs(of text: String) -> [Int] {
    var wordIDs: [Int] = []
    for slice in text.unicodeScalars.split(whereSeparator: Self.isWhitespace) {
      wordIDs.append(id(of: Self.loose(Substring(slice))))
    }
    return wordIDs
  }

  /// `word` lowercased, without the punctuation at its ends (a word of punctuation alone is
  /// kept as it is).
  static func loose(_ word: Substring) -> Substring {
    var trimmed = word
    while let first = trimmed.first, first.isPunctuation { trimmed.removeFirst() }
    while let last = trimmed.last, last.isPunctuation { trimmed.removeLast() }
    if trimmed.isEmpty { trimmed = word }
    let isLowercaseASCII = trimmed.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) }
    return isLowercaseASCII ? trimmed : Substring(trimmed.lowercased())
  }

  /// Whether `scalar` separates words: Unicode's `White_Space`, answered without a property
  /// lookup for ASCII (tab to carriage return, and space), which is nearly every scalar of a
  /// framework and where the lookup was the diff's single largest cost.
  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.isASCII else { return scalar.properties.isWhitespace }
    return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)
  }

  private mutating func id(of word: Substring) -> Int {
    if let existing = ids[word] { return existing }
    let new = ids.count
    ids[word] = new
    return new
  }
}
