import TestSupport
import Testing

@testable import ProgressionCLI

/// `TextWriter` with `breakingLongWords`, as the cells of two-column tables use it: a word too
/// wide for its line is broken between `Character`s, so no line is wider than the width.
struct TextWriterBreakingTests {
  func expectBroken(
    _ text: String,
    width: Int,
    prefix: String = "- ",
    hangingIndent: Int = 2,
    _ expected: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var writer = TextWriter(style: TextStyle(width: width), breakingLongWords: true)
    writer.paragraph(text, prefix: prefix, hangingIndent: hangingIndent)
    #expect(
      String(decoding: writer.bytes, as: UTF8.self) == expected,
      sourceLocation: sourceLocation
    )
  }

  @Test func breaksAWordWiderThanAFreshLineFillingEachLine() {
    expectBroken(
      "see abcdefghijklmnopqrst end",
      width: 10,
      """
      - see
        abcdefgh
        ijklmnop
        qrst end

      """
    )
  }

  @Test func wordsThatFitAreNeverBroken() {
    // "abcdefgh" fills a fresh line exactly: it moves there whole.
    expectBroken("ab abcdefgh", width: 10, "- ab\n  abcdefgh\n")
    // Without the option a long word runs past the width, as one-column text always has.
    var writer = TextWriter(style: TextStyle(width: 10))
    writer.paragraph("ab abcdefghijkl", prefix: "- ", hangingIndent: 2)
    #expect(String(decoding: writer.bytes, as: UTF8.self) == "- ab\n  abcdefghijkl\n")
  }

  @Test func aLongFirstWordFillsTheBulletLine() {
    expectBroken("abcdefghijkl", width: 6, "- abcd\n  efgh\n  ijkl\n")
  }

  @Test func breaksByDisplayWidthBetweenCharacters() {
    // Each ideograph is two columns: two fit in the five left after the indent.
    expectBroken("漢字漢字漢字", width: 7, "- 漢字\n  漢字\n  漢字\n")
    // A decomposed "é" is one Character, never split from its accent.
    let accented = String(repeating: "e\u{301}", count: 3)
    expectBroken(accented + accented, width: 5, "- \(accented)\n  \(accented)\n")
    // An emoji ZWJ sequence is one Character, two columns wide.
    expectBroken(
      String(repeating: "👩‍💼", count: 3),
      width: 6,
      "- 👩‍💼👩‍💼\n  👩‍💼\n"
    )
  }

  @Test func aCharacterWiderThanTheLineGoesAloneOnIt() {
    expectBroken("漢字x", width: 1, prefix: "", hangingIndent: 0, "漢\n字\nx\n")
    expectBroken("abc", width: 1, "- a\n  b\n  c\n")
  }

  @Test func anEscapeIsNeverSplit() {
    // ESC prints as the six characters `\u{1B}`: they stand for one character, so they move
    // to the next line together.
    expectBroken("ab\u{1B}cdefgh", width: 8, "- ab\n  \\u{1B}\n  cdefgh\n")
    expectBroken(
      "x\u{200B}\u{200B}",
      width: 12,
      prefix: "",
      hangingIndent: 0,
      "x\\u{200B}\n\\u{200B}\n"
    )
  }

  @Test func emphasisClosesBeforeEachBreakAndReopensAfter() {
    var writer = TextWriter(style: TextStyle(width: 8, usesColor: true), breakingLongWords: true)
    writer.beginParagraph(hangingIndent: 2)
    writer.words("keep")
    writer.words("{+abcdefghij+}", emphasis: .added)
    writer.endParagraph()
    let expected =
      "keep\n  \u{1B}[32m{+abcd\u{1B}[0m\n  \u{1B}[32mefghij\u{1B}[0m\n  \u{1B}[32m+}\u{1B}[0m\n"
    #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
  }

  @Test func aPartlyHighlightedWordBreaksInsideItsHighlight() throws {
    let text = "abcdefghij"
    let highlighted = try #require(text.range(of: "cdefg"))
    var writer = TextWriter(style: TextStyle(width: 6, usesColor: true), breakingLongWords: true)
    writer.beginParagraph()
    writer.words(text, highlighting: [highlighted], emphasis: .match)
    writer.endParagraph()
    let expected = "ab\u{1B}[1;4mcdef\u{1B}[0m\n\u{1B}[1;4mg\u{1B}[0mhij\n"
    #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
  }

  /// Random words of ASCII, wide, emoji, accented and control characters, in random emphasis,
  /// written as a cell: no line is wider than the width, and no character is lost or reordered.
  @Test func noLineIsWiderThanTheWidth() {
    let alphabet = [
      "a", "Z", "7", "/", "_", ".", "é", "e\u{301}", "漢", "字", "🎉", "👩‍💼", "🛠️", "\u{1B}", "\u{200B}",
    ]
    let emphases: [TextWriter.Emphasis] = [.plain, .added, .removed, .subtle]
    var random = SplitMix(seed: 2026)
    for _ in 0..<500 {
      // At least the eight columns of `\u{200B}` after the deepest indent: an escape is one
      // character and, like a character wider than a line, is never split. Cells are wider.
      let width = Int.random(in: 12...60, using: &random)
      let hangingIndent = Int.random(in: 0...4, using: &random)
      let words = (0..<Int.random(in: 1...8, using: &random)).map { _ in
        (0..<Int.random(in: 1...120, using: &random))
          .map { _ in alphabet[Int.random(in: alphabet.indices, using: &random)] }
          .joined()
      }
      let style = TextStyle(width: width, usesColor: Bool.random(using: &random))
      var writer = TextWriter(style: style, breakingLongWords: true)
      writer.beginParagraph(hangingIndent: hangingIndent)
      for word in words {
        writer.words(word, emphasis: emphases[Int.random(in: emphases.indices, using: &random)])
      }
      writer.endParagraph()
      let text = CompareTests.strippingEscapes(String(decoding: writer.bytes, as: UTF8.self))
      for line in text.split(separator: "\n") {
        #expect(DisplayWidth.columns(of: line) <= width, "wider than \(width): '\(line)'")
      }
      let printed = words.map(TerminalSafety.sanitized).joined()
      #expect(text.filter { $0 != " " && $0 != "\n" } == printed, "width \(width)")
    }
  }
}
