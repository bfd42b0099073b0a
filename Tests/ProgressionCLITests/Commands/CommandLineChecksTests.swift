import Foundation
import ProgressionCLI
import TestSupport
import Testing

/// Settings that could only make a run check or read nothing are refused up front.
@Suite struct CommandLineChecksTests {
  @Test(arguments: ["abc", "0", "-5", ""])
  func aMaximumInputSizeThatIsNotAByteCountIsRefused(value: String) {
    let run = ToolRun(["list"], variables: ["PROGRESSION_MAX_INPUT_BYTES": value])
    #expect(run.status == ProgressionCLI.ExitStatus.usageError)
    #expect(run.standardOutput == "")
    #expect(
      run.standardError
        == "progression: error: PROGRESSION_MAX_INPUT_BYTES must be a whole number of bytes "
        + "above 0, not '\(value)'; unset it for the default of 256 MiB\n"
    )
  }

  @Test func aValidMaximumInputSizeIsAccepted() {
    let run = ToolRun(
      ["list", "--no-built-in", "--dir", "Fixtures/list-empty"],
      variables: ["PROGRESSION_MAX_INPUT_BYTES": "1000"]
    )
    #expect(run.status == ProgressionCLI.ExitStatus.success)
  }

  @Test func aRuleBothAskedForAndIgnoredIsRefused() {
    let run = ToolRun([
      "validate", "--rule", "whitespace", "--ignore", "whitespace", "Fixtures/validate/clean.md",
    ])
    #expect(run.status == ProgressionCLI.ExitStatus.usageError)
    #expect(
      run.standardError.hasPrefix(
        "progression: error: option '--ignore' cannot be used with '--rule whitespace'"
      )
    )
  }

  /// `--level 3 --level 4` is refused, naming both levels, rather than silently showing one:
  /// the whole message, usage line and all, exit status 2.
  @Test func aSingleValueOptionGivenTwoValuesIsRefused() {
    GoldenCase(
      golden: "progression-repeated-option.txt",
      arguments: ["show", "backend", "--level", "3", "--dir", "Fixtures/show", "--level", "4"],
      status: .usageError
    ).check()
    let same = ToolRun(["show", "backend", "--dir", "Fixtures/show", "--level", "3", "--level=3"])
    #expect(same.status == ProgressionCLI.ExitStatus.success)
  }

  @Test func completionLeavesOutNamesThatCannotBeTyped() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let framework = "---\ntitle: T\nlevels: 1\ntopics: []\n---\n"
    for name in ["plain.md", "bell\u{7}.md", "two\nlines.md"] {
      try directory.write(framework, to: name)
    }
    let run = ToolRun(["completion", "--frameworks", "--dir", directory.path])
    #expect(run.standardOutput.hasPrefix("plain\n"))
    #expect(!run.standardOutput.contains("bell"))
    #expect(!run.standardOutput.contains("lines"))
  }
}
