import Testing

@testable import ProgressionCLI

/// `diff FRAMEWORK FROM TO` on the fixture copy of `frameworks/backend.md`, whose 'leadership'
/// topic starts at level 3 while the others start at level 1.
@Suite struct DiffLevelsTests {
  static func backend(_ golden: String, _ extra: String...) -> GoldenCase {
    GoldenCase(
      golden: golden,
      arguments: ["diff", "backend"] + extra + ["--dir", "Fixtures/show"]
    )
  }

  @Test(arguments: [
    backend("diff-levels-up.txt", "3", "4"),
    backend("diff-levels-down.txt", "4", "3"),
    // Leadership starts at level 3: "new at level 3"; each criterion is tagged with its level.
    backend("diff-levels-multi.txt", "2", "4"),
    backend("diff-levels-down-multi.txt", "4", "2", "--topic", "leadership", "--topic", "comm"),
    backend("diff-levels-no-new.txt", "1", "2", "--topic", "leadership", "--topic", "impact"),
    backend("diff-levels-examples.txt", "1", "2", "--examples", "--topic", "communication"),
    backend("diff-levels-width-40.txt", "5", "6", "--topic", "influence", "--width", "40"),
    backend(
      "diff-levels-side-by-side-60.txt",
      "2",
      "4",
      "--side-by-side",
      "--width",
      "60",
      "--topic",
      "impact",
      "--topic",
      "leadership"
    ),
    backend(
      "diff-levels-side-by-side-100.txt",
      "2",
      "4",
      "--side-by-side",
      "--width",
      "100",
      "--topic",
      "impact",
      "--topic",
      "leadership"
    ),
    // Into a pipe without --width, columns are laid out for 80.
    backend("diff-levels-side-by-side-piped.txt", "3", "4", "--side-by-side", "--topic", "comm"),
    backend("diff-levels-color.txt", "3", "4", "--topic", "impact", "--color", "always"),
  ])
  func text(_ golden: GoldenCase) {
    golden.check()
  }

  @Test(arguments: [
    backend("diff-levels-up.md", "3", "4", "-f", "markdown"),
    backend("diff-levels-down.md", "4", "3", "-f", "markdown"),
    backend("diff-levels-multi.md", "2", "4", "-f", "markdown", "--examples"),
    backend(
      "diff-levels-side-by-side.md",
      "2",
      "4",
      "--side-by-side",
      "-f",
      "markdown",
      "--topic",
      "leadership",
      "--examples"
    ),
  ])
  func markdown(_ golden: GoldenCase) {
    golden.check()
  }

  @Test(arguments: [
    backend("diff-levels-up.json", "3", "4", "-f", "json", "--topic", "impact"),
    backend("diff-levels-down.json", "4", "3", "-f", "json", "--topic", "impact"),
    backend(
      "diff-levels-multi.json",
      "2",
      "4",
      "-f",
      "json",
      "--examples",
      "--topic",
      "communication",
      "--topic",
      "leadership"
    ),
  ])
  func json(_ golden: GoldenCase) {
    golden.check()
  }

  @Test func everyTextLineFitsTheSideBySideWidth() {
    for width in [40, 60, 100] {
      let run = ToolRun(
        [
          "diff", "backend", "1", "6", "--side-by-side", "--examples", "--width", "\(width)",
          "--dir", "Fixtures/show",
        ]
      )
      #expect(run.status == .success)
      for line in run.standardOutput.split(separator: "\n") {
        #expect(DisplayWidth.columns(of: line) <= width, "wider than \(width): '\(line)'")
      }
    }
  }

  @Test func sideBySideOnATerminalUsesItsWidthAndColoursHeadings() {
    let result = Tool.run(
      Tool.Environment(
        arguments: [
          "diff", "backend", "3", "4", "--side-by-side", "--topic", "impact", "--dir",
          "Fixtures/show",
        ],
        currentDirectory: TestPaths.testDirectory.path(percentEncoded: false),
        isStandardOutputTerminal: true,
        terminalWidth: 70
      )
    )
    let output = String(decoding: result.standardOutput, as: UTF8.self)
    #expect(output.contains("\u{1B}[1;36mImpact\u{1B}[0m"))
    // (70 - 5) / 2 = 32 columns a side.
    #expect(output.contains("\n  " + String(repeating: "─", count: 32) + "─┼─"))
  }

  @Test func textIsColouredOnATerminalUnlessNoColor() {
    func run(_ variables: [String: String]) -> String {
      let result = Tool.run(
        Tool.Environment(
          arguments: ["diff", "backend", "3", "4", "--dir", "Fixtures/show"],
          variables: variables,
          currentDirectory: TestPaths.testDirectory.path(percentEncoded: false),
          isStandardOutputTerminal: true,
          terminalWidth: 80
        )
      )
      return String(decoding: result.standardOutput, as: UTF8.self)
    }
    #expect(run([:]).contains("  \u{1B}[32m+\u{1B}[0m Solves ambiguous problems\n"))
    #expect(!run(["NO_COLOR": "1"]).contains("\u{1B}"))
    #expect(!run(["TERM": "dumb"]).contains("\u{1B}"))
  }

  @Test func onlyTheTextFormatIsColoured() {
    let arguments = ["diff", "backend", "3", "4", "--dir", "Fixtures/show", "--color", "always"]
    #expect(!ToolRun(arguments + ["-f", "markdown"]).standardOutput.contains("\u{1B}"))
    #expect(!ToolRun(arguments + ["-f", "json"]).standardOutput.contains("\u{1B}"))
  }
}
