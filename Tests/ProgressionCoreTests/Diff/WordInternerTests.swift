import TestSupport
import Testing

@testable import ProgressionCore

@Suite struct WordInternerTests {
  @Test(
    "loose words drop the punctuation at their ends and case",
    arguments: [
      ("Tests.", "tests"), ("(PRs)", "prs"), ("...", "..."), ("C++", "c++"), ("$5", "$5"),
      ("don't", "don't"), ("«Café»", "café"), ("—", "—"), ("e-mail,", "e-mail"), ("", ""),
    ]
  )
  func looseWords(word: String, expected: String) {
    #expect(WordInterner.loose(Substring(word)) == Substring(expected))
  }

  @Test("loosening ASCII bytes agrees with Character properties on every ASCII word")
  func looseningBytesAgreesWithCharacterProperties() {
    var generator = SplitMix(seed: 11)
    let bytes = (0x21..<0x7F).map { UInt8($0) }
    var words = bytes.map { [$0] }
    for _ in 0..<5_000 {
      words.append(
        (0..<(1 + Int(generator.next() % 6))).map { _ in
          bytes[Int(generator.next() % UInt64(bytes.count))]
        }
      )
    }
    for word in words {
      var loosened = word
      WordInterner.loosen(&loosened)
      let text = String(decoding: word, as: UTF8.self)
      #expect(
        String(decoding: loosened, as: UTF8.self) == String(WordInterner.loose(Substring(text))),
        "\(text)"
      )
    }
  }

  @Test("words are the runs between white space, Unicode's included")
  func wordsSplitOnUnicodeWhiteSpace() {
    var interner = WordInterner()
    let words = interner.words(of: "  Ships\u{00A0}code\tweekly\u{2003}\n ").words
    #expect(words == ["Ships", "code", "weekly"])
    #expect(interner.looseIDs(of: "ships CODE") == interner.looseIDs(of: "Ships, code."))
  }

  @Test("a word spelt with a scalar whose canonical form is ASCII is that ASCII word")
  func canonicallyASCIIWordsShareTheirIDs() {
    var interner = WordInterner()
    let ascii = interner.words(of: "5 K; a`").ids
    let canonical = interner.words(of: "5 \u{212A}\u{037E} a\u{1FEF}").ids
    #expect(ascii == canonical)
    #expect(interner.words(of: "\u{212A}\u{0301} \u{1E30}").ids.count == 2)
    #expect(Set(interner.words(of: "\u{212A}\u{0301} \u{1E30}").ids).count == 1)
  }

  @Test("ids agree with interning Strings split on White_Space scalars, for any mix of scripts")
  func idsAgreeWithInterningStrings() {
    var generator = SplitMix(seed: 5)
    let pieces = [
      "a", "Zq", "K", "k", " ", "\t", "\n", "\u{00A0}", "\u{3000}", "\u{2028}", "\u{0085}", "é",
      "e\u{0301}", "🛠️", "中文", "\u{200B}", "-", ".", "(", "\u{1680}", "\u{212A}", ";",
      "\u{037E}", "`", "\u{1FEF}", "\u{0301}", "\u{1E30}", "É", "«", "»",
    ]
    var interner = WordInterner()
    var reference = ReferenceInterner()
    for _ in 0..<2_000 {
      let text = (0..<Int(generator.next() % 12)).map { _ in
        pieces[Int(generator.next() % UInt64(pieces.count))]
      }.joined()
      let words = interner.words(of: text)
      #expect(words.words == reference.words(of: text), "\(text.debugDescription)")
      #expect(words.ids == reference.ids(of: text), "\(text.debugDescription)")
      #expect(
        interner.looseIDs(of: text) == reference.looseIDs(of: text),
        "\(text.debugDescription)"
      )
    }
  }
}

/// Interning as the definition has it: words are `Substring`s of the scalars between
/// `White_Space` scalars, and ids come from a `String`-keyed dictionary.
private struct ReferenceInterner {
  private var ids: [String: Int] = [:]

  func words(of text: String) -> [Substring] {
    text.unicodeScalars.split { $0.properties.isWhitespace }.map(Substring.init)
  }

  mutating func ids(of text: String) -> [Int] {
    words(of: text).map { id(of: String($0)) }
  }

  mutating func looseIDs(of text: String) -> [Int] {
    words(of: text).map { id(of: String(WordInterner.loose($0))) }
  }

  private mutating func id(of word: String) -> Int {
    if let existing = ids[word] { return existing }
    ids[word] = ids.count
    return ids.count - 1
  }
}
