import ProgressionCLI
import TestSupport
import Testing

/// Numbers from a file or the command line that once sized allocations: each is capped, so a
/// hostile value is an error or a clamp, never a crash, a hang or gigabytes of output.
@Suite struct BoundedSizeTests {
  private static func framework(levels: String) -> String {
    """
    ---
    title: "Huge"
    levels: \(levels)
    topics:
      - name: "impact"
        content:
          - level: 1
            criteria: ["Ships."]
    ---

    """
  }

  @Test(arguments: ["show", "validate", "list"])
  func levelsAboveTheMaximumAreAnErrorAtTheirPosition(command: String) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write(Self.framework(levels: "9223372036854775807"), to: "huge.md")
    let arguments = command == "list" ? ["list", "--dir", directory.path] : [command, path]
    let run = ToolRun(arguments)
    #expect(run.status == .failure)
    // `validate` reports on standard output, the other commands on standard error.
    #expect(
      (run.standardOutput + run.standardError).contains(
        "huge.md:3:9: error: 'levels' must be at most 1000, not '9223372036854775807'; a "
          + "framework has one level per step of its career ladder [levels-too-large]"
      )
    )
  }

  @Test func missingLevelsAreListedAsRanges() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write(Self.framework(levels: "1000"), to: "wide.md")
    let run = ToolRun(["validate", "--format", "github", path])
    #expect(run.status == .success)
    #expect(
      run.standardOutput.contains(
        "title=missing-levels::no topic has levels 2–1000; add them to a topic, or lower "
          + "'levels' to 1\n"
      )
    )
  }

  @Test(arguments: ["100000000", "9223372036854775807"])
  func aHugeWidthIsClamped(width: String) {
    let run = ToolRun([
      "diff", "backend", "1", "2", "--dir", "Fixtures/show", "--side-by-side", "--width", width,
    ])
    #expect(run.status == .success)
    let widest = run.standardOutput.split(separator: "\n" as Character).map(\.count).max() ?? 0
    #expect((900...1000).contains(widest))
  }

  /// A terminal that reports zero columns leaves `COLUMNS` to decide, and it is clamped too.
  @Test func aHugeColumnsOnAZeroColumnTerminalIsClamped() {
    let result = Tool.run(
      Tool.Environment(
        arguments: ["diff", "backend", "1", "2", "--dir", "Fixtures/show", "--side-by-side"],
        variables: ["COLUMNS": "100000000"],
        currentDirectory: TestPaths.testDirectory.path(percentEncoded: false),
        isStandardOutputTerminal: true,
        terminalWidth: nil
      )
    )
    #expect(result.status == .success)
    let lines = String(decoding: result.standardOutput, as: UTF8.self)
      .split(separator: "\n" as Character)
    #expect((900...1000).contains(lines.map { $0.count }.max() ?? 0))
  }
}
