import ProgressionCLI
import Testing

/// `validate --quiet`: findings only, and nothing at all for a clean run.
@Suite struct ValidateQuietTests {
  @Test(arguments: [["validate", "-q"], ["validate", "--quiet", "-f", "github"]])
  func aCleanRunPrintsNothing(_ arguments: [String]) {
    let run = ToolRun(arguments + ["Fixtures/validate/clean.md"])
    #expect(run.status == .success)
    #expect(run.standardOutput == "")
    #expect(run.standardError == "")
  }

  @Test func aFixedFileIsNotAnnouncedButADryRunStillShowsItsDiff() {
    let dryRun = ToolRun(["validate", "-q", "--dry-run", "Fixtures/validate/rules/mojibake.md"])
    #expect(dryRun.status == .success)
    #expect(dryRun.standardOutput.hasPrefix("--- a/Fixtures/validate/rules/mojibake.md\n"))
    #expect(!dryRun.standardOutput.contains("would fix"))
  }

  @Test func jsonIsADocumentQuietCannotShorten() {
    let run = ToolRun(["validate", "--quiet", "--format", "json", "Fixtures/validate/clean.md"])
    #expect(run.status == .usageError)
    #expect(
      run.standardError.hasPrefix(
        "progression: error: option '--quiet' cannot be used with '--format json'\n"
      )
    )
  }
}
