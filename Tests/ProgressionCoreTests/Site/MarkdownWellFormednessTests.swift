import ProgressionCore
import TestSupport
import Testing

/// Whatever Markdown a file holds, the renderer's HTML is well formed and lets no tag through:
/// thousands of texts made of the characters that start constructs, from a fixed seed, each
/// rendered and read by the strict checker.
@Suite struct MarkdownWellFormednessTests {
  /// The pieces texts are made of: every delimiter, container marker and escape, and some text.
  static let pieces = [
    "*", "**", "_", "__", "`", "``", "[", "]", "](", "(", ")", "<", ">", "<https://a.b>",
    "\\", "!", "&", "\"", "'", "\n", "\n\n", "- ", "1. ", "> ", "# ", "```", "    ", " ", "a",
    "word", "http://x", "javascript:", "\u{1B}", "---", "~~~", "#", "=", "\t",
  ]

  /// A small linear congruential generator, so that every run checks the same texts.
  struct Generator {
    var state: UInt64
    mutating func next(below bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  /// 3,000 texts at full size.
  @Test(.tags(.stress)) func randomTextsRenderWellFormed() {
    var generator = Generator(state: 15)
    var failures: [String] = []
    for _ in 0..<Stress.size(quick: 1_000, full: 3_000) {
      var text = ""
      for _ in 0..<(1 + generator.next(below: 30)) {
        text += Self.pieces[generator.next(below: Self.pieces.count)]
      }
      let html = "<!DOCTYPE html>\n<h1>t</h1>\n" + MarkdownHTML().render(text)
      let problems = StrictHTMLChecker(html).problems
      if !problems.isEmpty, failures.count < 5 {
        failures.append("\(text.debugDescription): \(problems)")
      }
    }
    #expect(failures == [])
  }
}
