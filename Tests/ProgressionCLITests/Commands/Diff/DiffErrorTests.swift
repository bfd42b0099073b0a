import ProgressionCLI
import Testing

/// What `diff` says about a command line it cannot run (status 2), a file it cannot read as a
/// framework (status 1), and how `--exit-code` reports differences (status 3).
@Suite struct DiffErrorTests {
  static func usage(_ golden: String, _ arguments: String...) -> GoldenCase {
    GoldenCase(
      golden: golden,
      arguments: ["diff"] + arguments + ["--dir", "Fixtures/show"],
      status: .usageError
    )
  }

  static func invalid(_ golden: String, _ arguments: String..., input: String = "") -> GoldenCase {
    GoldenCase(
      golden: golden,
      arguments: ["diff"] + arguments,
      standardInput: input,
      status: .failure
    )
  }

  @Test(arguments: [
    // A bare number is a level, so two arguments ending in one lack the third.
    usage("diff-missing-to.txt", "backend", "3"),
    usage("diff-missing-argument.txt", "backend"),
    usage("diff-level-outside.txt", "backend", "3", "9"),
    usage("diff-level-outside-from.txt", "backend", "0", "2"),
    usage("diff-level-malformed.txt", "backend", "three", "4"),
    usage("diff-same-level.txt", "backend", "3", "3"),
    usage("diff-extra-argument.txt", "backend", "1", "2", "3"),
    usage("diff-both-stdin.txt", "-", "-"),
    usage("diff-side-by-side-json.txt", "backend", "3", "4", "--side-by-side", "-f", "json"),
    usage(
      "diff-side-by-side-versions.txt",
      "Fixtures/diff/small.md",
      "Fixtures/diff/small-topics.md",
      "--side-by-side"
    ),
    usage(
      "diff-topic-versions.txt",
      "Fixtures/diff/small.md",
      "Fixtures/diff/small-topics.md",
      "--topic",
      "impact"
    ),
    usage("diff-topic-unknown.txt", "backend", "3", "4", "--topic", "design"),
    usage("diff-width-malformed.txt", "backend", "3", "4", "--width", "wide"),
  ])
  func usageErrors(_ golden: GoldenCase) {
    golden.check()
  }

  @Test(arguments: [
    invalid(
      "diff-invalid-framework.txt",
      "Fixtures/list-broken/broken.md",
      "Fixtures/diff/small.md"
    ),
    invalid("diff-not-a-framework-file.txt", "Fixtures/diff/small.md", "Fixtures/diff/notes.txt"),
    invalid("diff-missing-file.txt", "Fixtures/diff/small.md", "Fixtures/diff/missing.md"),
    invalid("diff-unknown-framework.txt", "frontend", "1", "2"),
    invalid(
      "diff-stdin-invalid.txt",
      "-",
      "Fixtures/diff/small.md",
      input: "---\ntitle: Notes\nlevels: [\n---\n"
    ),
  ])
  func invalidInput(_ golden: GoldenCase) {
    golden.check()
  }

  @Test func help() {
    GoldenCase(golden: "diff-help.txt", arguments: ["diff", "--help"]).check()
  }

  @Test(arguments: [
    (
      ["Fixtures/diff/small.md", "Fixtures/diff/small-levels.md"],
      ProgressionCLI.ExitStatus.differencesFound
    ),
    (["Fixtures/diff/small.md", "Fixtures/diff/small.md"], .success),
    (["backend", "3", "4", "--dir", "Fixtures/show"], .differencesFound),
    // Nothing new in leadership from level 1 to 2: it starts at level 3.
    (["backend", "1", "2", "--topic", "leadership", "--dir", "Fixtures/show"], .success),
  ])
  func exitCodeSaysWhetherThereAreDifferences(
    _ arguments: [String],
    _ status: ProgressionCLI.ExitStatus
  ) {
    let plain = ToolRun(["diff"] + arguments)
    #expect(plain.status == .success)
    let run = ToolRun(["diff"] + arguments + ["--exit-code"])
    #expect(run.status == status)
    #expect(run.standardOutput == plain.standardOutput)
    #expect(run.standardError == "")
  }

  @Test func exitCodeWorksInEveryFormat() {
    for format in ["text", "markdown", "json"] {
      let run = ToolRun(
        ["diff", "Fixtures/diff/small.md", "Fixtures/diff/small-topics.md", "--exit-code"]
          + ["-f", format]
      )
      #expect(run.status == .differencesFound, "\(format)")
      #expect(!run.standardOutput.isEmpty, "\(format)")
    }
  }

  @Test func argumentsAreCheckedBeforeAnyFileIsRead() {
    // The framework does not exist: the malformed level is reported first, as a usage error.
    let run = ToolRun(["diff", "nowhere", "1", "x"])
    #expect(run.status == .usageError)
    #expect(
      run.standardError.hasPrefix("progression: error: invalid value 'x' for argument '<to>'")
    )
  }
}
