import ProgressionCLI
import ProgressionCore
import TestSupport
import Testing
import YAMLSubset

private func error(
  _ message: String,
  at position: SourcePosition?,
  ruleID: String = "test-rule",
  notes: [Diagnostic.Note] = []
) -> Diagnostic {
  Diagnostic(
    severity: .error,
    ruleID: ruleID,
    message: message,
    path: "frameworks/backend.md",
    position: position,
    notes: notes
  )
}

private func render(_ marked: String, message: String = "bad") -> String {
  let source = MarkedText(marked)
  return DiagnosticRenderer(usesColor: false).render(
    error(message, at: source[1]),
    source: source.bytes
  )
}

@Suite struct DiagnosticRendererTests {
  @Test func rendersTheHouseFormat() {
    let source = MarkedText(String(repeating: "x: 1\n", count: 40) + "      - level: 1️⃣3\n")
    let diagnostic = error(
      "level 3 appears twice in topic 'impact'",
      at: source[1],
      ruleID: "duplicate-level",
      notes: [
        .init(
          message: "first appearance is here",
          position: SourcePosition(line: 33, column: 16, offset: 0)
        )
      ]
    )
    #expect(
      DiagnosticRenderer(usesColor: false).render(diagnostic, source: source.bytes) == """
        frameworks/backend.md:41:16: error: level 3 appears twice in topic 'impact' [duplicate-level]
           41 |       - level: 3
              |                ^
        frameworks/backend.md:33:16: note: first appearance is here

        """
    )
  }

  @Test func withoutAPositionThereIsNoExcerpt() {
    let rendered = DiagnosticRenderer(usesColor: false).render(
      error("the file is empty", at: nil),
      source: []
    )
    #expect(rendered == "frameworks/backend.md: error: the file is empty [test-rule]\n")
  }

  @Test func withoutSourceThereIsNoExcerpt() {
    let rendered = DiagnosticRenderer(usesColor: false).render(
      error("bad", at: SourcePosition(line: 2, column: 3, offset: 7), ruleID: ""),
      source: nil
    )
    #expect(rendered == "frameworks/backend.md:2:3: error: bad\n")
  }

  @Test func warningsSayWarning() {
    var diagnostic = error("odd", at: nil)
    diagnostic.severity = .warning
    #expect(
      DiagnosticRenderer(usesColor: false).render(diagnostic, source: nil)
        == "frameworks/backend.md: warning: odd [test-rule]\n"
    )
  }

  @Test func firstColumnAndLineOne() {
    #expect(
      render("1️⃣key: value\n") == """
        frameworks/backend.md:1:1: error: bad [test-rule]
            1 | key: value
              | ^

        """
    )
  }

  @Test func caretAtTheEndOfALine() {
    #expect(
      render("key: \"open1️⃣\nnext: 1\n") == """
        frameworks/backend.md:1:11: error: bad [test-rule]
            1 | key: "open
              |           ^

        """
    )
  }

  @Test func caretAtTheEndOfAFileWithoutLineBreak() {
    #expect(
      render("a: 1\nkey: [1️⃣") == """
        frameworks/backend.md:2:7: error: bad [test-rule]
            2 | key: [
              |       ^

        """
    )
  }

  @Test func carriageReturnOfCRLFIsNotShown() {
    #expect(
      render("a: 1\r\nkey: 1️⃣x\r\n") == """
        frameworks/backend.md:2:6: error: bad [test-rule]
            2 | key: x
              |      ^

        """
    )
  }

  @Test func tabsBecomeSpacesAndTheCaretFollows() {
    #expect(
      render("\tkey:\t1️⃣value\n") == """
        frameworks/backend.md:1:7: error: bad [test-rule]
            1 |     key:    value
              |             ^

        """
    )
  }

  @Test func controlCharactersAreEscapedAndTheCaretFollows() {
    #expect(
      render("title: \"\u{1B}[31mred\u{7}\" 1️⃣x\n") == """
        frameworks/backend.md:1:20: error: bad [test-rule]
            1 | title: "\\u{1B}[31mred\\u{7}" x
              |                             ^

        """
    )
  }

  @Test func bidirectionalOverridesAreEscaped() {
    let rendered = render("a: \"\u{202E}evil\u{202C}\" 1️⃣x\n")
    #expect(rendered.contains(#"a: "\u{202E}evil\u{202C}" x"#))
    #expect(!rendered.unicodeScalars.contains("\u{202E}"))
  }

  @Test func wideCharactersTakeTwoColumns() {
    #expect(
      render("title: \"🛠️ 漢字\" 1️⃣x\n") == """
        frameworks/backend.md:1:15: error: bad [test-rule]
            1 | title: "🛠️ 漢字" x
              |                  ^

        """
    )
  }

  @Test func combiningCharactersTakeOneColumn() {
    #expect(
      render("name: \"cafe\u{301}\" 1️⃣x\n") == """
        frameworks/backend.md:1:14: error: bad [test-rule]
            1 | name: "cafe\u{301}" x
              |              ^

        """
    )
  }

  @Test func invalidUTF8IsShownAsReplacementCharacters() {
    let source = MarkedText("a: 1️⃣x\n")
    var bytes = source.bytes
    bytes.insert(0xFF, at: 3)
    var position = source[1]
    position.offset += 1
    let rendered = DiagnosticRenderer(usesColor: false).render(
      error("bad", at: position),
      source: bytes
    )
    #expect(rendered.contains("    1 | a: \u{FFFD}x\n      |     ^\n"))
  }

  @Test func longLinesAreCutAroundTheCaret() {
    let long = String(repeating: "a", count: 500)
    let rendered = render("key: \(long)1️⃣!\(long)\n")
    let lines = rendered.split(separator: "\n")
    try? #require(lines.count == 3)
    #expect(
      lines[1] == "    1 | ..." + String(repeating: "a", count: 120) + "!"
        + String(repeating: "a", count: 119) + "..."
    )
    #expect(lines[2] == "      | " + String(repeating: " ", count: 123) + "^")
  }

  @Test func anOffsetOffTheLineFallsBackToTheColumn() {
    let diagnostic = error("bad", at: SourcePosition(line: 2, column: 3, offset: 0))
    let rendered = DiagnosticRenderer(usesColor: false).render(
      diagnostic,
      source: Array("a: 1\nbé: 2\n".utf8)
    )
    #expect(rendered.hasSuffix("    2 | bé: 2\n      |   ^\n"))
  }

  @Test func aLineBeyondTheFileHasNoExcerpt() {
    let diagnostic = error("bad", at: SourcePosition(line: 9, column: 1, offset: 0))
    let rendered = DiagnosticRenderer(usesColor: false).render(
      diagnostic,
      source: Array("a\n".utf8)
    )
    #expect(rendered == "frameworks/backend.md:9:1: error: bad [test-rule]\n")
  }

  @Test func theGutterWidensForLongFiles() {
    let source = MarkedText(String(repeating: "\n", count: 123_455) + "1️⃣x\n")
    let rendered = DiagnosticRenderer(usesColor: false).render(
      error("bad", at: source[1]),
      source: source.bytes
    )
    #expect(rendered.hasSuffix(" 123456 | x\n        | ^\n"))
  }

  @Test func messagesAndPathsCannotDriveTheTerminal() {
    var diagnostic = error("key '\u{1B}]0;title\u{7}' is unknown", at: nil)
    diagnostic.path = "evil\u{1B}[2J.md"
    #expect(
      DiagnosticRenderer(usesColor: false).render(diagnostic, source: nil)
        == #"evil\u{1B}[2J.md: error: key '\u{1B}]0;title\u{7}' is unknown [test-rule]"# + "\n"
    )
  }

  @Test func colourWhenAsked() {
    let source = MarkedText("k: 1️⃣v\n")
    let rendered = DiagnosticRenderer(usesColor: true).render(
      error("bad", at: source[1]),
      source: source.bytes
    )
    #expect(
      rendered == """
        \u{1B}[1mframeworks/backend.md:1:4:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m \u{1B}[1mbad\u{1B}[0m [test-rule]
        \u{1B}[1m    1 | \u{1B}[0mk: v
        \u{1B}[1m      |\u{1B}[0m    \u{1B}[1;31m^\u{1B}[0m

        """
    )
  }

  @Test func toolErrors() {
    #expect(
      DiagnosticRenderer(usesColor: false).renderToolError("cannot read 'x': no such file")
        == "progression: error: cannot read 'x': no such file\n"
    )
    #expect(
      DiagnosticRenderer(usesColor: true).renderToolError("oops")
        == "progression: \u{1B}[1;31merror:\u{1B}[0m oops\n"
    )
  }

  @Test func usageErrorsShowTheUsageAndWhereHelpIs() {
    let command = CommandSpecification(
      name: "dump",
      abstract: "Dump.",
      options: [.flag("markdown", help: "Markdown.")],
      positionals: [PositionalSpecification("path", help: "A path.")]
    )
    let renderer = DiagnosticRenderer(usesColor: false)
    #expect(
      renderer.render(UsageError(.missingArgument("<path>"), command: command)) == """
        progression: error: missing argument '<path>'
        Usage: progression dump [<options>] <path>
        See 'progression dump --help'.

        """
    )
    #expect(
      renderer.render(UsageError(.unknownCommand("x", suggestion: nil))) == """
        progression: error: unknown command 'x'
        Usage: progression <command> [<options>]
        See 'progression --help'.

        """
    )
  }
}
