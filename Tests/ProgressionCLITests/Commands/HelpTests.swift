import ProgressionCLI
import Testing

@Suite struct HelpTests {
  @Test(arguments: [
    GoldenCase(golden: "help-overview.txt", arguments: ["--help"]),
    GoldenCase(golden: "help-dump.txt", arguments: ["dump", "--help"]),
    GoldenCase(golden: "help-help.txt", arguments: ["help", "--help"]),
    GoldenCase(
      golden: "help-unknown-command.txt",
      arguments: ["help", "dupm"],
      status: .usageError
    ),
  ])
  func goldens(_ golden: GoldenCase) {
    golden.check()
  }

  @Test(arguments: [[], ["-h"], ["help"], ["--help"]])
  func everyWayToTheOverviewIsTheSame(_ arguments: [String]) {
    let run = ToolRun(arguments)
    #expect(run.status == .success)
    #expect(run.standardOutput == ToolRun(["--help"]).standardOutput)
    #expect(run.standardOutput.hasPrefix("OVERVIEW: "))
    #expect(run.standardError == "")
  }

  @Test(arguments: [
    ["help", "dump"],
    ["--help", "dump"],
    ["dump", "-h"],
    ["dump", "x.md", "--help"],
    ["dump", "--bogus", "--help"],
  ])
  func everyWayToACommandsHelpIsTheSame(_ arguments: [String]) {
    let run = ToolRun(arguments)
    #expect(run.status == .success)
    #expect(run.standardOutput == ToolRun(["dump", "--help"]).standardOutput)
    #expect(run.standardError == "")
  }

  @Test func helpAfterDoubleDashIsAnArgument() {
    let run = ToolRun(["dump", "--", "--help"])
    #expect(run.status == .failure)
    #expect(
      run.standardError == "progression: error: cannot read '--help': no such file or directory\n"
    )
  }

  @Test func theOverviewListsEveryCommand() {
    let overview = ToolRun(["--help"]).standardOutput
    for specification in CommandRegistry.specifications {
      #expect(overview.contains("\n  \(specification.name) "))
    }
  }

  @Test func version() {
    let run = ToolRun(["--version"])
    #expect(run.status == .success)
    #expect(run.standardOutput == "progression 0.1.0\n")
    #expect(run.standardError == "")
  }
}
