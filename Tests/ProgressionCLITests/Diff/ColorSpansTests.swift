import Testing

@testable import ProgressionCLI

@Suite struct ColorSpansTests {
  private func apply(_ text: String, _ ranges: [(Range<Int>, ColorSpans.Color)]) -> String {
    var spans = ColorSpans()
    for (range, color) in ranges { spans.add(range, color) }
    return String(decoding: spans.apply(to: Array(text.utf8)), as: UTF8.self)
  }

  @Test func coloursARange() {
    #expect(apply("a + b", [(2..<3, .green)]) == "a \u{1B}[32m+\u{1B}[0m b")
  }

  @Test func leadingSeparatorsStayUncoloured() {
    #expect(apply("a b", [(1..<3, .red)]) == "a \u{1B}[31mb\u{1B}[0m")
  }

  @Test func lineBreaksAndIndentationStayUncoloured() {
    #expect(
      apply("x {+a\n  b+} y", [(2..<11, .green)])
        == "x \u{1B}[32m{+a\u{1B}[0m\n  \u{1B}[32mb+}\u{1B}[0m y"
    )
  }

  @Test func noRangesLeavesTheTextAlone() {
    #expect(apply("plain", []) == "plain")
    #expect(apply("plain", [(2..<2, .red)]) == "plain")
  }
}
