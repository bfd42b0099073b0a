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

  @Test("the ASCII fast path agrees with Character properties on every ASCII byte")
  func asciiFastPathAgreesWithCharacterProperties() {
    var generator = SplitMix(seed: 11)
    let bytes = (0x21..<0x7F).map { UInt8($0) }
    for single in bytes {
      let word = Substring(String(decoding: [single], as: UTF8.self))
      #expect(WordInterner.loose(word) == WordInterner.looseByCharacters(word), "\(word)")
    }
    for _ in 0..<5_000 {
      let length = 1 + Int(generator.next() % 6)
      let word = Substring(
        String(
          decoding: (0..<length).map { _ in bytes[Int(generator.next() % UInt64(bytes.count))] },
          as: UTF8.self
        )
      )
      #expect(WordInterner.loose(word) == WordInterner.looseByCharacters(word), "\(word)")
    }
  }

  @Test("words are the runs between white space, Unicode's included")
  func wordsSplitOnUnicodeWhiteSpace() {
    var interner = WordInterner()
    let words = interner.words(of: "  Ships\u{00A0}code\tweekly\u{2003}\n ").words
    #expect(words == ["Ships", "code", "weekly"])
    #expect(interner.looseIDs(of: "ships CODE") == interner.looseIDs(of: "Ships, code."))
  }

  @Test("words agree with splitting the scalars on White_Space, for any mix of scripts")
  func wordsAgreeWithSplittingScalars() {
    var generator = SplitMix(seed: 5)
    let pieces = [
      "a", "Zq", " ", "\t", "\n", "\u{00A0}", "\u{3000}", "\u{2028}", "\u{0085}", "é", "e\u{0301}",
      "🛠️", "中文", "\u{200B}", "-", "\u{1680}",
    ]
    for _ in 0..<2_000 {
      let text = (0..<Int(generator.next() % 12)).map { _ in
        pieces[Int(generator.next() % UInt64(pieces.count))]
      }.joined()
      var interner = WordInterner()
      let expected = text.unicodeScalars.split { $0.properties.isWhitespace }.map(Substring.init)
      #expect(interner.words(of: text).words == expected, "\(text.debugDescription)")
    }
  }
}
