import ProgressionCLI
import Testing

/// `progression completion`: the scripts (pinned in goldens, so a change to them is reviewed),
/// the framework names they ask for, and the command's usage errors.
@Suite struct CompletionTests {
  @Test(arguments: [
    GoldenCase(golden: "completion-bash.txt", arguments: ["completion", "bash"]),
    GoldenCase(golden: "completion-zsh.txt", arguments: ["completion", "zsh"]),
    GoldenCase(golden: "completion-fish.txt", arguments: ["completion", "fish"]),
    GoldenCase(golden: "completion-help.txt", arguments: ["completion", "--help"]),
    GoldenCase(
      golden: "completion-missing-shell.txt",
      arguments: ["completion"],
      status: .usageError
    ),
    GoldenCase(
      golden: "completion-unknown-shell.txt",
      arguments: ["completion", "tcsh"],
      status: .usageError
    ),
    GoldenCase(
      golden: "completion-frameworks-and-shell.txt",
      arguments: ["completion", "--frameworks", "bash"],
      status: .usageError
    ),
    GoldenCase(
      golden: "completion-frameworks-missing-dir.txt",
      arguments: ["completion", "--frameworks", "--dir", "Fixtures/no-such-folder"],
      status: .failure
    ),
  ])
  func goldens(_ golden: GoldenCase) {
    golden.check()
  }

  @Test func frameworkNamesAreThoseShowFinds() {
    let run = ToolRun(["completion", "--frameworks", "--dir", "Fixtures/completion/frameworks"])
    #expect(run.status == .success)
    #expect(run.standardOutput == "android\nplatform\nbackend\n")
    #expect(run.standardError == "")
  }

  @Test func everyCommandAndChoiceIsInEveryScript() {
    for shell in ["bash", "zsh", "fish"] {
      let script = ToolRun(["completion", shell]).standardOutput
      for word in ["completion", "diff", "dump", "help", "list", "show", "validate"] {
        #expect(script.contains(word), "\(shell): \(word)")
      }
      for word in ["markdown", "sarif", "always", "topic", "example-without-examples"] {
        #expect(script.contains(word), "\(shell): \(word)")
      }
    }
  }
}
