import Testing

@testable import ProgressionCLI

struct DisplayWidthTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let columns: Int
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "empty", text: "", columns: 0),
    Case(name: "ASCII", text: "Backend Engineering", columns: 19),
    Case(name: "é composed", text: "caf\u{E9}", columns: 4),
    Case(name: "é decomposed", text: "cafe\u{301}", columns: 4),
    Case(name: "stacked combining marks", text: "a\u{301}\u{323}\u{30A}b", columns: 2),
    Case(name: "🛠️ emoji with VS16", text: "\u{1F6E0}\u{FE0F}", columns: 2),
    Case(name: "🛠 without VS16 is text presentation", text: "\u{1F6E0}", columns: 1),
    Case(name: "✨ emoji presentation", text: "\u{2728}", columns: 2),
    Case(name: "✨ with VS15 stays wide", text: "\u{2728}\u{FE0E}", columns: 2),
    Case(name: "👩‍💼 ZWJ sequence", text: "\u{1F469}\u{200D}\u{1F4BC}", columns: 2),
    Case(name: "👍🏽 skin tone modifier", text: "\u{1F44D}\u{1F3FD}", columns: 2),
    Case(name: "🇫🇷 flag", text: "\u{1F1EB}\u{1F1F7}", columns: 2),
    Case(name: "heart with VS16", text: "\u{2665}\u{FE0F}", columns: 2),
    Case(name: "heart as text", text: "\u{2665}", columns: 1),
    Case(name: "keycap 1️⃣", text: "1\u{FE0F}\u{20E3}", columns: 2),
    Case(name: "CJK 漢字", text: "漢字", columns: 4),
    Case(name: "Hangul syllables", text: "한국어", columns: 6),
    Case(name: "Hangul conjoining jamo", text: "\u{1112}\u{1161}\u{11AB}", columns: 2),
    Case(name: "fullwidth forms", text: "ＡＢ", columns: 4),
    Case(name: "ideographic space", text: "\u{3000}", columns: 2),
    Case(name: "mixed title", text: "\u{1F6E0}\u{FE0F} Backend", columns: 10),
    Case(name: "zero-width space", text: "a\u{200B}b", columns: 2),
    Case(name: "lone ZWJ", text: "\u{200D}", columns: 0),
    Case(name: "bidi mark", text: "\u{200F}", columns: 0),
    Case(name: "ESC", text: "\u{1B}[31m", columns: 4),
    Case(name: "tab and newline", text: "a\tb\n", columns: 2),
    Case(name: "CRLF", text: "a\r\nb", columns: 2),
    Case(name: "DEL", text: "\u{7F}", columns: 0),
    Case(name: "C1 control", text: "\u{9B}", columns: 0),
    Case(name: "soft hyphen", text: "\u{AD}", columns: 1),
    Case(name: "Latin-1 letters", text: "Ünïcödé", columns: 7),
    Case(name: "mojibake", text: "Ã°Å¸â€º", columns: 7),
  ]

  @Test(arguments: cases)
  func columns(_ testCase: Case) {
    #expect(DisplayWidth.columns(of: testCase.text) == testCase.columns)
    #expect(DisplayWidth.columns(of: Substring(testCase.text)) == testCase.columns)
  }

  @Test func substringOfLongerText() {
    let text = "漢字 and more"
    let prefix = text.prefix(2)
    #expect(DisplayWidth.columns(of: prefix) == 4)
  }

  @Test func scalarWidths() {
    let scalars: [(Unicode.Scalar, Int)] = [
      ("a", 1), ("\u{0}", 0), ("\u{1B}", 0), ("\u{7F}", 0), ("\u{85}", 0),
      ("\u{301}", 0), ("\u{200D}", 0), ("\u{FE0F}", 0), ("\u{6F22}", 2), ("\u{2728}", 2),
      ("\u{1F600}", 2), ("\u{1F6E0}", 1), ("\u{E9}", 1), ("\u{FF21}", 2), ("\u{20BB7}", 2),
    ]
    for (scalar, expected) in scalars {
      #expect(
        DisplayWidth.columns(of: scalar) == expected,
        "U+\(String(scalar.value, radix: 16, uppercase: true))"
      )
    }
  }

  @Test func characterWidths() {
    let characters: [(Character, Int)] = [
      ("a", 1), ("\u{E9}", 1), ("e\u{301}", 1), ("\u{1F6E0}\u{FE0F}", 2), ("\r\n", 0),
    ]
    for (character, expected) in characters {
      #expect(DisplayWidth.columns(of: character) == expected, "\(character.unicodeScalars)")
    }
  }
}
