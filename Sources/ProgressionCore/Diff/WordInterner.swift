/// Splits texts into words and gives each distinct word a small integer, so texts can be compared
/// as integer arrays.
struct WordInterner {
  /// The id of each word seen so far. Keys are copies: a short word is a small `String` held
  /// inline, and hashing an ASCII one is a byte hash, while a `Substring` of a text holding any
  /// non-ASCII character is hashed through Unicode normalization.
  private var ids: [String: Int] = [:]

  /// The number of distinct words seen so far.
  var count: Int { ids.count }

  /// Creates an interner with room for `capacity` distinct words before it grows.
  init(capacity: Int = 0) {
    ids.reserveCapacity(capacity)
  }

  /// The words of `text` (runs of non-whitespace scalars) and their ids.
  mutating func words(of text: String) -> (words: [Substring], ids: [Int]) {
    var words: [Substring] = []
    var wordIDs: [Int] = []
    words.reserveCapacity(Self.wordEstimate(text))
    wordIDs.reserveCapacity(Self.wordEstimate(text))
    Self.forEachWord(in: text) { word in
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
    wordIDs.reserveCapacity(Self.wordEstimate(text))
    Self.forEachWord(in: text) { word in wordIDs.append(id(of: Self.loose(word))) }
    return wordIDs
  }

  /// `word` lowercased, without the punctuation at its ends (a word of punctuation alone is
  /// kept as it is).
  static func loose(_ word: Substring) -> Substring {
    looseASCII(word) ?? looseByCharacters(word)
  }

  /// `loose(word)` by `Character` properties, for any word.
  static func looseByCharacters(_ word: Substring) -> Substring {
    var trimmed = word
    while let first = trimmed.first, first.isPunctuation { trimmed.removeFirst() }
    while let last = trimmed.last, last.isPunctuation { trimmed.removeLast() }
    if trimmed.isEmpty { trimmed = word }
    let isLowercaseASCII = trimmed.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) }
    return isLowercaseASCII ? trimmed : Substring(trimmed.lowercased())
  }

  /// `loose(word)` for a word of ASCII letters and digits with ASCII punctuation at its ends,
  /// nearly every word of a framework, without `Character` properties; `nil` for any other word.
  /// ASCII's punctuation for `Character.isPunctuation` is ``!"#%&'()*,-./:;?@[\]_{}``; `$`, `+`,
  /// `<`, `=`, `>`, `^`, `` ` ``, `|` and `~` are symbols, which stay part of the word.
  private static func looseASCII(_ word: Substring) -> Substring? {
    let bytes = word.utf8
    var start = bytes.startIndex
    var end = bytes.endIndex
    var hasUppercase = false
    for byte in bytes {
      guard byte < 0x80 else { return nil }
      if byte >= 0x41 && byte <= 0x5A { hasUppercase = true }
    }
    while start < end, isASCIIPunctuation(bytes[start]) { start = bytes.index(after: start) }
    while start < end, isASCIIPunctuation(bytes[bytes.index(before: end)]) {
      end = bytes.index(before: end)
    }
    // A word of punctuation alone is kept as it is.
    let trimmed = start < end ? word[start..<end] : word
    guard hasUppercase else { return trimmed }
    return Substring(
      String(
        decoding: trimmed.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 },
        as: UTF8.self
      )
    )
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

  /// Calls `body` with each word of `text`: the runs of scalars between Unicode `White_Space`
  /// scalars, found in one pass over the UTF-8 bytes (ASCII decided by the byte, anything else
  /// by its scalar) without collecting the runs first. Words are cut from the scalar view, so
  /// their bounds are not rounded to `Character` boundaries.
  private static func forEachWord(in text: String, _ body: (Substring) -> Void) {
    let utf8 = text.utf8
    let scalars = text.unicodeScalars
    var wordStart: String.Index? = nil
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      let isSeparator: Bool
      let next: String.Index
      if byte < 0x80 {
        isSeparator = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
        next = utf8.index(after: index)
      } else {
        isSeparator = scalars[index].properties.isWhitespace
        next = scalars.index(after: index)
      }
      if isSeparator {
        if let start = wordStart {
          body(Substring(scalars[start..<index]))
          wordStart = nil
        }
      } else if wordStart == nil {
        wordStart = index
      }
      index = next
    }
    if let start = wordStart { body(Substring(scalars[start..<utf8.endIndex])) }
  }

  /// Room for the words of `text` in one allocation: English words and the space after them
  /// average about six bytes; a longer text grows its arrays as usual.
  private static func wordEstimate(_ text: String) -> Int {
    text.utf8.count / 5 + 1
  }

  private mutating func id(of word: Substring) -> Int {
    let key = String(word)
    if let existing = ids[key] { return existing }
    let new = ids.count
    ids[key] = new
    return new
  }
}
