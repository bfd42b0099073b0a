/// Splits texts into words and gives each distinct word a small integer, so texts can be compared
/// as integer arrays.
///
/// Words are the runs of scalars between Unicode `White_Space` scalars, and two words share an
/// id when they are equal strings (canonically equivalent, as `String`'s `==` has it). Nearly
/// every word of a framework is ASCII: those are read in one pass over the text's UTF-8 and
/// interned by their bytes in an `ASCIIWordTable`, and only the others go through `String`.
struct WordInterner {
  /// The ids of words equal to ASCII strings, by those bytes.
  private var asciiWords: ASCIIWordTable
  /// The ids of the other words.
  private var otherWords: [String: Int] = [:]
  /// The ASCII bytes the word being read is equal to.
  private var scratch: [UInt8] = []
  /// The number of distinct words seen so far: the next new word's id.
  private var count = 0

  /// Creates an interner with room for `capacity` distinct words before it grows.
  init(capacity: Int = 0) {
    asciiWords = ASCIIWordTable(capacity: capacity)
    scratch.reserveCapacity(32)
  }

  /// The words of `text` (runs of non-whitespace scalars) and their ids.
  mutating func words(of text: String) -> (words: [Substring], ids: [Int]) {
    var words: [Substring] = []
    var wordIDs: [Int] = []
    words.reserveCapacity(Self.wordEstimate(text))
    wordIDs.reserveCapacity(Self.wordEstimate(text))
    var contiguous = text
    contiguous.withUTF8 { utf8 in
      var start = 0
      while let word = Self.nextWord(in: utf8, from: &start, ascii: &scratch) {
        let substring = Self.substring(of: text, bytes: word.range)
        words.append(substring)
        wordIDs.append(word.isASCII ? asciiID() : otherID(String(substring)))
      }
    }
    return (words, wordIDs)
  }

  /// The ids of the words of `text`, compared loosely: ignoring case and the punctuation around
  /// them, so that "Tests." and "tests" have the same id. For matching rewordings, where a
  /// changed full stop or capital should not count as a changed word.
  mutating func looseIDs(of text: String) -> [Int] {
    var wordIDs: [Int] = []
    wordIDs.reserveCapacity(Self.wordEstimate(text))
    var contiguous = text
    contiguous.withUTF8 { utf8 in
      var start = 0
      while let word = Self.nextWord(in: utf8, from: &start, ascii: &scratch) {
        if word.isASCII {
          Self.loosen(&scratch)
          wordIDs.append(asciiID())
        } else {
          // Trimming and lowercasing can leave an ASCII word: "«Tests»" is "tests".
          let loose = Self.loose(Self.substring(of: text, bytes: word.range))
          wordIDs.append(
            Self.asciiBytes(of: loose, into: &scratch) ? asciiID() : otherID(String(loose))
          )
        }
      }
    }
    return wordIDs
  }

  /// `word` lowercased, without the punctuation at its ends (a word of punctuation alone is
  /// kept as it is), by `Character` properties; `loosen(_:)` does the same to ASCII bytes.
  static func loose(_ word: Substring) -> Substring {
    var trimmed = word
    while let first = trimmed.first, first.isPunctuation { trimmed.removeFirst() }
    while let last = trimmed.last, last.isPunctuation { trimmed.removeLast() }
    if trimmed.isEmpty { trimmed = word }
    let isLowercaseASCII = trimmed.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) }
    return isLowercaseASCII ? trimmed : Substring(trimmed.lowercased())
  }

  /// What `loose(_:)` makes of an ASCII word, done to its bytes in place. ASCII's punctuation
  /// for `Character.isPunctuation` is ``!"#%&'()*,-./:;?@[\]_{}``; `$`, `+`, `<`, `=`, `>`,
  /// `^`, `` ` ``, `|` and `~` are symbols, which stay part of the word.
  static func loosen(_ word: inout [UInt8]) {
    var end = word.count
    while end > 0, isASCIIPunctuation(word[end - 1]) { end -= 1 }
    // A word of punctuation alone is kept as it is.
    if end > 0 {
      word.removeSubrange(end...)
      var start = 0
      while isASCIIPunctuation(word[start]) { start += 1 }
      word.removeSubrange(..<start)
    }
    for index in word.indices where word[index] >= 0x41 && word[index] <= 0x5A {
      word[index] |= 0x20
    }
  }

  /// Whether an ASCII byte is punctuation as `Character.isPunctuation` has it (general
  /// categories Pc, Pd, Ps, Pe, Pi, Pf and Po).
  private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "!")...UInt8(ascii: "#"), UInt8(ascii: "%")...UInt8(ascii: "*"),
      UInt8(ascii: ",")...UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: ";"),
      UInt8(ascii: "?"), UInt8(ascii: "@"), UInt8(ascii: "[")...UInt8(ascii: "]"),
      UInt8(ascii: "_"), UInt8(ascii: "{"), UInt8(ascii: "}"):
      true
    default: false
    }
  }

  /// The next word of `utf8` from byte `start` on, moving `start` past it: its byte range, and
  /// whether it is equal to an ASCII string, whose bytes are then in `ascii`.
  ///
  /// A word is equal to an ASCII string when every scalar of it is ASCII or one of the three
  /// non-ASCII scalars whose canonical form is ASCII (`asciiEquivalent(of:)`).
  private static func nextWord(
    in utf8: UnsafeBufferPointer<UInt8>,
    from start: inout Int,
    ascii: inout [UInt8]
  ) -> (range: Range<Int>, isASCII: Bool)? {
    ascii.removeAll(keepingCapacity: true)
    var index = start
    var wordStart: Int? = nil
    var isASCII = true
    while index < utf8.count {
      let byte = utf8[index]
      let length: Int
      let isSeparator: Bool
      let equivalent: UInt8?
      if byte < 0x80 {
        length = 1
        isSeparator = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
        equivalent = byte
      } else {
        let scalar: Unicode.Scalar
        (scalar, length) = decodeScalar(in: utf8, at: index)
        isSeparator = scalar.properties.isWhitespace
        equivalent = asciiEquivalent(of: scalar)
      }
      if isSeparator {
        if let wordStart {
          start = index + length
          return (wordStart..<index, isASCII)
        }
      } else {
        if wordStart == nil { wordStart = index }
        if isASCII {
          if let equivalent { ascii.append(equivalent) } else { isASCII = false }
        }
      }
      index += length
    }
    start = index
    return wordStart.map { ($0..<index, isASCII) }
  }

  /// The scalar whose UTF-8 starts with the lead byte at `index` (a `String`'s bytes are valid
  /// UTF-8), and its length in bytes.
  private static func decodeScalar(
    in utf8: UnsafeBufferPointer<UInt8>,
    at index: Int
  ) -> (Unicode.Scalar, Int) {
    let lead = UInt32(utf8[index])
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = lead & (0x7F >> UInt32(length))
    for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// The ASCII byte a non-ASCII scalar is canonically equivalent to: only KELVIN SIGN (`K`),
  /// GREEK QUESTION MARK (`;`) and GREEK VARIA (`` ` ``) decompose to ASCII alone.
  private static func asciiEquivalent(of scalar: Unicode.Scalar) -> UInt8? {
    switch scalar.value {
    case 0x212A: UInt8(ascii: "K")
    case 0x037E: UInt8(ascii: ";")
    case 0x1FEF: UInt8(ascii: "`")
    default: nil
    }
  }

  /// Whether `word` is equal to an ASCII string, whose bytes are then in `ascii`.
  private static func asciiBytes(of word: Substring, into ascii: inout [UInt8]) -> Bool {
    ascii.removeAll(keepingCapacity: true)
    for scalar in word.unicodeScalars {
      guard let byte = scalar.isASCII ? UInt8(scalar.value) : asciiEquivalent(of: scalar) else {
        return false
      }
      ascii.append(byte)
    }
    return true
  }

  /// The part of `text` between two byte offsets that fall on scalar boundaries, not rounded
  /// to `Character` boundaries.
  private static func substring(of text: String, bytes range: Range<Int>) -> Substring {
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let upper = utf8.index(lower, offsetBy: range.count)
    return Substring(text.unicodeScalars[lower..<upper])
  }

  /// Room for the words of `text` in one allocation: English words and the space after them
  /// average about six bytes; a longer text grows its arrays as usual.
  private static func wordEstimate(_ text: String) -> Int {
    text.utf8.count / 5 + 1
  }

  /// The id of the ASCII word in `scratch`.
  private mutating func asciiID() -> Int {
    let id = asciiWords.id(of: scratch, orAdding: count)
    if id == count { count += 1 }
    return id
  }

  /// The id of a word that is not equal to any ASCII string.
  private mutating func otherID(_ word: String) -> Int {
    if let existing = otherWords[word] { return existing }
    otherWords[word] = count
    count += 1
    return count - 1
  }
}
