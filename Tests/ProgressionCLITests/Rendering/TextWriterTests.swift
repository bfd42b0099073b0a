import Testing

@testable import ProgressionCLI

struct TextWriterTests {
  func expectParagraph(
    _ text: String,
    width: Int?,
    prefix: String = "- ",
    hangingIndent: Int = 2,
    _ expected: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var writer = TextWriter(style: TextStyle(width: width))
    writer.paragraph(text, prefix: prefix, hangingIndent: hangingIndent)
    #expect(
      String(decoding: writer.bytes, as: UTF8.self) == expected,
      sourceLocation: sourceLocation
    )
  }

  @Test func doesNotWrapWithoutWidth() {
    let text = String(repeating: "word ", count: 40)
    expectParagraph(text, width: nil, "- " + String(repeating: "word ", count: 39) + "word\n")
  }

  @Test func wrapsWithHangingIndent() {
    expectParagraph(
      "Delivers large well-defined tasks and solves small scope problems",
      width: 20,
      """
      - Delivers large
        well-defined tasks
        and solves small
        scope problems

      """
    )
  }

  @Test func fillsLinesExactlyToTheWidth() {
    // "- aaaa bbbb" is 11 columns: it fits in 11 and wraps in 10.
    expectParagraph("aaaa bbbb", width: 11, "- aaaa bbbb\n")
    expectParagraph("aaaa bbbb", width: 10, "- aaaa\n  bbbb\n")
  }

  @Test func leavesLongWordsWholeOnTheirOwnLine() {
    expectParagraph(
      "see https://example.com/a/very/long/path for more",
      width: 16,
      """
      - see
        https://example.com/a/very/long/path
        for more

      """
    )
  }

  @Test func longFirstWordStaysOnTheBulletLine() {
    expectParagraph("Supercalifragilistic word", width: 8, "- Supercalifragilistic\n  word\n")
  }

  @Test func collapsesWhitespaceAndLineBreaks() {
    expectParagraph("  one \t two\nthree\r\nfour  ", width: nil, "- one two three four\n")
  }

  @Test func wrapsByDisplayColumnsNotBytes() {
    // Each ideograph is two columns: "- 漢字 漢字" is 11 columns.
    expectParagraph("漢字 漢字 漢字", width: 11, "- 漢字 漢字\n  漢字\n")
    // "é" decomposed is two scalars and three bytes but one column.
    let decomposed = "cafe\u{301} cafe\u{301} cafe\u{301}"
    expectParagraph(decomposed, width: 12, "- " + "cafe\u{301} cafe\u{301}\n  cafe\u{301}\n")
    expectParagraph("\u{1F6E0}\u{FE0F} tools", width: 10, "- \u{1F6E0}\u{FE0F} tools\n")
    expectParagraph("\u{1F6E0}\u{FE0F} tools", width: 9, "- \u{1F6E0}\u{FE0F}\n  tools\n")
  }

  @Test func escapesControlCharacters() {
    expectParagraph(
      "\u{1B}[31mred\u{1B}[0m bell\u{7} del\u{7F} csi\u{9B} rtl\u{202E}",
      width: nil,
      "- \\u{1B}[31mred\\u{1B}[0m bell\\u{7} del\\u{7F} csi\\u{9B} rtl\\u{202E}\n"
    )
  }

  @Test func measuresEscapesAsPrinted() {
    // "\u{1B}x" prints as 7 columns.
    expectParagraph("ab \u{1B}x", width: 9, "- ab\n  \\u{1B}x\n")
    expectParagraph("ab \u{1B}x", width: 12, "- ab \\u{1B}x\n")
  }

  @Test func emptyTextLeavesNoTrailingSpace() {
    expectParagraph("", width: 20, "-\n")
    expectParagraph("   ", width: nil, "-\n")
  }

  @Test func tinyWidthNeverLoops() {
    expectParagraph("a b c", width: 1, "- a\n  b\n  c\n")
  }

  @Test func emphasisSpansWordsAndClosesBeforeLineBreaks() {
    var writer = TextWriter(style: TextStyle(width: 14, usesColor: true))
    writer.beginParagraph(prefix: "", hangingIndent: 2)
    writer.words("Level three", emphasis: .heading)
    writer.words("shared", emphasis: .subtle)
    writer.words("plain")
    writer.endParagraph()
    let expected =
      "\u{1B}[1;36mLevel three\u{1B}[0m\n  \u{1B}[2mshared\u{1B}[0m plain\n"
    #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
  }

  @Test func noEscapeSequencesWithoutColor() {
    var writer = TextWriter(style: TextStyle(width: nil, usesColor: false))
    writer.paragraph("Title", emphasis: .title)
    #expect(writer.bytes == Array("Title\n".utf8))
  }

  @Test func verbatimLinesKeepSpacingAndEscapeControls() {
    var writer = TextWriter(style: TextStyle(width: 4))
    writer.verbatimLine("let  x =\t1 \u{1B}  ", indent: 2)
    #expect(String(decoding: writer.bytes, as: UTF8.self) == "  let  x =\t1 \\u{1B}\n")
  }

  @Test func markersAreColouredButNotTheirIndentation() {
    var writer = TextWriter(style: TextStyle(width: 20, usesColor: true))
    writer.beginParagraph(indent: 2, marker: "~", emphasis: .changed, hangingIndent: 4)
    writer.words("Accepts")
    writer.words("{+feedback and+}", emphasis: .added)
    writer.words("[-acts-]", emphasis: .removed)
    writer.endParagraph()
    let expected =
      "  \u{1B}[33m~\u{1B}[0m Accepts\n    \u{1B}[32m{+feedback and+}\u{1B}[0m\n"
      + "    \u{1B}[31m[-acts-]\u{1B}[0m\n"
    #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
  }

  @Test func markersCountTowardsTheWidth() {
    // "    → Gives" is 11 columns: "→" is one column but three bytes.
    var writer = TextWriter(style: TextStyle(width: 11))
    writer.beginParagraph(indent: 4, marker: "→", emphasis: .changed, hangingIndent: 6)
    writer.words("Gives feedback")
    writer.endParagraph()
    #expect(String(decoding: writer.bytes, as: UTF8.self) == "    → Gives\n      feedback\n")
  }
}
