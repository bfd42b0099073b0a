import ProgressionCLI
import Testing

@Suite struct ListTests {
  @Test(arguments: [
    GoldenCase(golden: "list.txt", arguments: ["list", "--dir", "Fixtures/show", "--no-built-in"]),
    GoldenCase(
      golden: "list.md",
      arguments: ["list", "--dir", "Fixtures/show", "--no-built-in", "--format", "markdown"]
    ),
    GoldenCase(
      golden: "list.json",
      arguments: ["list", "--dir", "Fixtures/show", "--no-built-in", "-f", "json"]
    ),
    GoldenCase(
      golden: "list-inherit.txt",
      arguments: ["list", "--dir", "Fixtures/show-inherit", "--no-built-in"]
    ),
    GoldenCase(
      golden: "list-empty.txt",
      arguments: ["list", "--dir", "Fixtures/list-empty", "--no-built-in"]
    ),
    GoldenCase(
      golden: "list-empty.md",
      arguments: ["list", "--dir", "Fixtures/list-empty", "--no-built-in", "-f", "markdown"]
    ),
    GoldenCase(
      golden: "list-empty.json",
      arguments: ["list", "--dir", "Fixtures/list-empty", "--no-built-in", "-f", "json"]
    ),
    GoldenCase(
      golden: "list-missing-dir.txt",
      arguments: ["list", "--dir", "Fixtures/missing", "--no-built-in"],
      status: .failure
    ),
    GoldenCase(
      golden: "list-extra-argument.txt",
      arguments: ["list", "backend"],
      status: .usageError
    ),
    GoldenCase(golden: "list-help.txt", arguments: ["list", "--help"]),
  ])
  func lists(_ golden: GoldenCase) {
    golden.check()
  }

  @Test func brokenFileIsReportedAndTheOthersListed() {
    let run = ToolRun(["list", "--dir", "Fixtures/list-broken", "--no-built-in"])
    #expect(run.status == .failure)
    #expect(
      run.standardOutput == """
        NAME    TITLE                            LEVELS  TOPICS  SOURCE
        mobile  📱 Mobile Engineering Framework       3       2  Fixtures/list-broken/mobile.md

        """
    )
    #expect(run.standardError.hasPrefix("Fixtures/list-broken/broken.md:3:9: error: "))
  }

  @Test func builtInFrameworksAreListedUnlessExcluded() {
    let run = ToolRun(["list", "--dir", "Fixtures/show-inherit", "-f", "json"])
    #expect(run.status == .success)
    #expect(run.standardOutput.contains(#""source": "<built-in>/backend.md""#))
    let without = ToolRun(["list", "--dir", "Fixtures/show-inherit", "-f", "json", "--no-built-in"])
    #expect(!without.standardOutput.contains("<built-in>"))
  }
}
