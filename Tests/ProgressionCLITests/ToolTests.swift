import Foundation
import ProgressionCLI
import ProgressionCore
import Testing

@Suite struct ToolTests {
  @Test(arguments: [
    GoldenCase(
      golden: "progression-unknown-command.txt",
      arguments: ["dupm", "x.md"],
      status: .usageError
    ),
    GoldenCase(
      golden: "progression-unknown-option.txt",
      arguments: ["--verison"],
      status: .usageError
    ),
  ])
  func goldens(_ golden: GoldenCase) {
    golden.check()
  }

  @Test func versionTakesNoArguments() {
    let run = ToolRun(["--version", "dump"])
    #expect(run.status == .usageError)
    #expect(run.standardError.hasPrefix("progression: error: unexpected argument 'dump'\n"))
  }

  @Test func anUnknownCommandWithoutAnythingClose() {
    let run = ToolRun(["frobnicate"])
    #expect(run.status == .usageError)
    #expect(
      run.standardError == """
        progression: error: unknown command 'frobnicate'
        Usage: progression <command> [<options>]
        See 'progression --help'.

        """
    )
  }

  @Test(arguments: [
    ([:], true, true),
    ([:], false, false),
    (["NO_COLOR": "1"], true, false),
    (["NO_COLOR": ""], true, true),
    (["TERM": "dumb"], true, false),
    (["TERM": "xterm-256color"], true, true),
  ])
  func colourOnlyOnATerminalWithoutNoColor(
    _ variables: [String: String],
    _ isTerminal: Bool,
    _ expectsColour: Bool
  ) {
    let run = ToolRun(
      ["dump", "Fixtures/no-front-matter.md"],
      variables: variables,
      isStandardErrorTerminal: isTerminal
    )
    #expect(run.status == .failure)
    #expect(run.standardError.contains("\u{1B}[1;31merror:\u{1B}[0m") == expectsColour)
    #expect(run.standardError.contains("\u{1B}") == expectsColour)
  }

  @Test func usageErrorsAreColouredOnATerminalToo() {
    let run = ToolRun(["dupm"], isStandardErrorTerminal: true)
    #expect(run.standardError.hasPrefix("progression: \u{1B}[1;31merror:\u{1B}[0m unknown command"))
  }

  @Test func standardInputIsReadOnlyWhenAskedFor() {
    let failingInput = StandardInput { () throws(SourceFileError) -> [UInt8] in
      throw SourceFileError(path: SourceFile.standardInputPath, errorNumber: EIO)
    }
    let directory = TestPaths.testDirectory.path(percentEncoded: false)
    let fromFile = Tool.run(
      Tool.Environment(
        arguments: ["dump", "Fixtures/no-front-matter.md"],
        currentDirectory: directory,
        standardInput: failingInput
      )
    )
    #expect(fromFile.status == .failure)
    #expect(
      String(decoding: fromFile.standardError, as: UTF8.self)
        .hasPrefix("Fixtures/no-front-matter.md:1:1: error: the file has no front matter")
    )
    let fromStandardInput = Tool.run(
      Tool.Environment(arguments: ["dump", "-"], standardInput: failingInput)
    )
    #expect(fromStandardInput.status == .failure)
    #expect(
      String(decoding: fromStandardInput.standardError, as: UTF8.self)
        .hasPrefix("progression: error: cannot read '<stdin>': ")
    )
  }

  @Test func absolutePathsAreReadAndShownAsGiven() {
    let path = TestPaths.fixtures.appending(path: "no-front-matter.md").path(percentEncoded: false)
    let run = ToolRun(["dump", path])
    #expect(run.status == .failure)
    #expect(run.standardError.hasPrefix("\(path):1:1: error: the file has no front matter"))
  }

  @Test func relativePathsAreReadFromTheGivenDirectory() {
    let result = Tool.run(
      Tool.Environment(
        arguments: ["dump", "no-front-matter.md"],
        currentDirectory: TestPaths.fixtures.path(percentEncoded: false)
      )
    )
    #expect(
      String(decoding: result.standardError, as: UTF8.self)
        .hasPrefix("no-front-matter.md:1:1: error: the file has no front matter")
    )
  }
}
