import TestSupport
import Testing

@testable import ProgressionCLI

/// The two-column text of `compare` and `diff --side-by-side` over `Fixtures/wrap`, whose
/// criteria hold words wider than a column (URLs, a 150-character identifier, CJK without
/// spaces, a run of emoji): each is broken across lines inside its column, so the marker and the
/// right-hand column stay in line.
@Suite struct TwoColumnWrapTests {
  static let tree = "Fixtures/wrap"

  static func golden(_ golden: String, _ arguments: String...) -> GoldenCase {
    GoldenCase(golden: golden, arguments: arguments + ["--dir", tree])
  }

  @Test(arguments: [
    golden("compare-long-words.txt", "compare", "wrap-a", "wrap-b", "--width", "100"),
    golden(
      "compare-long-words-color.txt",
      "compare",
      "wrap-a",
      "wrap-b",
      "--width",
      "100",
      "--color",
      "always"
    ),
    golden("diff-side-by-side-long-words.txt", "diff", "wrap-a", "1", "2", "--side-by-side"),
    golden(
      "diff-side-by-side-long-words-color.txt",
      "diff",
      "wrap-a",
      "1",
      "2",
      "--side-by-side",
      "--width",
      "60",
      "--color",
      "always"
    ),
  ])
  func output(_ golden: GoldenCase) {
    golden.check()
  }

  /// Random criteria of long words: at any width, every line fits and every row's marker (or
  /// rule) sits in the same column.
  @Test func columnsStayInLineForRandomWords() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var random = SplitMix(seed: 1202)
    let alphabet = ["a", "Z", "/", "_", ".", "é", "e\u{301}", "漢", "字", "🎉", "👩‍💼"]
    func criterion() -> String {
      (0..<Int.random(in: 1...6, using: &random)).map { _ in
        (0..<Int.random(in: 1...90, using: &random))
          .map { _ in alphabet[Int.random(in: alphabet.indices, using: &random)] }
          .joined()
      }.joined(separator: " ")
    }
    for _ in 0..<20 {
      let shared = (0..<3).map { _ in criterion() }
      try directory.write(Self.framework("A", shared + [criterion()], [criterion()]), to: "a.md")
      try directory.write(Self.framework("B", [criterion()] + shared, [criterion()]), to: "b.md")
      let width = Int.random(in: 100...160, using: &random)
      let compare = ToolRun(["compare", "a", "b", "--dir", directory.path, "--width", "\(width)"])
      #expect(compare.status == .success, "\(compare.standardError)")
      let markerColumn = 4 + (width - 7) / 2 + 1
      expectLines(of: compare.standardOutput, fit: width, holding: "=~<> ", at: markerColumn) {
        $0.hasPrefix("    ")
      }
      let diff = ToolRun(
        ["diff", "a", "1", "2", "--side-by-side", "--dir", directory.path, "--width", "\(width)"]
      )
      #expect(diff.status == .success, "\(diff.standardError)")
      let barColumn = 2 + (width - 5) / 2 + 1
      expectLines(of: diff.standardOutput, fit: width, holding: "│┼", at: barColumn) {
        $0.contains("│") || $0.contains("┼")
      }
    }
  }

  /// A framework named `title` with `first` at level 1 and `second` at level 2 of one topic.
  static func framework(_ title: String, _ first: [String], _ second: [String]) -> String {
    func level(_ number: Int, _ criteria: [String]) -> String {
      "      - level: \(number)\n        criteria:\n"
        + criteria.map { "          - \"\($0)\"\n" }.joined()
    }
    return """
      ---
      title: "\(title)"
      levels: 2
      topics:
        - name: "craft"
          content:

      """ + level(1, first) + level(2, second) + "---\n"
  }

  /// Checks that every line of `output` is at most `width` columns wide, and that each line
  /// `isRow` picks either ends before display column `column` (from 0) or has one of `characters`
  /// starting there.
  func expectLines(
    of output: String,
    fit width: Int,
    holding characters: String,
    at column: Int,
    where isRow: (Substring) -> Bool,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for line in output.split(separator: "\n") {
      #expect(
        DisplayWidth.columns(of: line) <= width,
        "wider than \(width): '\(line)'",
        sourceLocation: sourceLocation
      )
      guard isRow(line), DisplayWidth.columns(of: line) > column else { continue }
      var start = 0
      var index = line.startIndex
      while start < column {
        start += DisplayWidth.columns(of: line[index])
        index = line.index(after: index)
      }
      let isInLine = start == column && characters.contains(line[index])
      #expect(
        isInLine,
        "not in line at \(column): '\(line)'",
        sourceLocation: sourceLocation
      )
    }
  }
}
