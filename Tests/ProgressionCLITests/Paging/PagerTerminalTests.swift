import Foundation
import Testing

/// The built tool on a pseudo-terminal (run by util-linux `script`): long output goes through
/// the pager the environment names, short output and `--no-pager` do not, a pager that exits
/// early ends the run quietly, and nothing is paged into a pipe.
@Suite(.enabled(if: InstalledProgram.script.isTested, "script (util-linux) is not installed"))
struct PagerTerminalTests {
  /// A pager that marks every line it is given.
  static let marker = "sed 's/^/paged: /'"

  /// What the terminal showed (standard output and error together, line feeds without `\r`)
  /// and the tool's exit status, for `progression ARGUMENTS` on a 24-row pseudo-terminal.
  private func onTerminal(
    _ arguments: [String],
    variables: [String: String]
  ) throws -> (screen: String, status: Int32) {
    let script = try #require(InstalledProgram.script.executable)
    let tool = try BinaryRun.executable().path(percentEncoded: false)
    let command = ([tool] + arguments).map { "'\($0)'" }.joined(separator: " ")
    var environment = ProcessInfo.processInfo.environment
    for name in ["PROGRESSION_PAGER", "PAGER", "NO_COLOR", "COLUMNS"] {
      environment[name] = nil
    }
    environment["TERM"] = "xterm"
    environment["LINES"] = "24"
    environment.merge(variables) { $1 }
    let run = try BinaryRun(
      executable: URL(filePath: "/usr/bin/timeout"),
      ["20", script.path(percentEncoded: false), "-qec", command, "/dev/null"],
      environment: environment,
      currentDirectory: TestPaths.testDirectory
    )
    return (run.standardOutput.replacing("\r\n", with: "\n"), run.status)
  }

  private func lines(_ screen: String) -> [Substring] {
    screen.split(separator: "\n")
  }

  @Test func longOutputGoesThroughTheToolsPagerWithItsColours() throws {
    let (screen, status) = try onTerminal(
      ["show", "backend"],
      variables: ["PROGRESSION_PAGER": Self.marker, "PAGER": "false"]
    )
    #expect(status == 0)
    #expect(lines(screen).count > 100)
    #expect(lines(screen).allSatisfy { $0.hasPrefix("paged: ") })
    #expect(screen.contains("paged: \u{1B}[1m"))
  }

  @Test func pagerIsUsedWhenTheToolsOwnIsUnset() throws {
    let (screen, _) = try onTerminal(["show", "backend"], variables: ["PAGER": Self.marker])
    #expect(lines(screen).allSatisfy { $0.hasPrefix("paged: ") })
  }

  @Test func shortOutputIsNotPaged() throws {
    let (screen, status) = try onTerminal(
      ["show", "backend", "--level", "1", "--topic", "impact"],
      variables: ["PROGRESSION_PAGER": Self.marker]
    )
    #expect(status == 0)
    #expect(screen.hasPrefix("\u{1B}[1m🛠️ Backend Engineering Framework"))
    #expect(!screen.contains("paged: "))
  }

  @Test(arguments: [
    (["show", "backend", "--no-pager"], ["PROGRESSION_PAGER": marker]),
    (["show", "backend"], ["PROGRESSION_PAGER": "", "PAGER": marker]),
    (["show", "backend"], ["PROGRESSION_PAGER": "cat", "PAGER": marker]),
  ])
  func pagingCanBeTurnedOff(_ arguments: [String], _ variables: [String: String]) throws {
    let (screen, status) = try onTerminal(arguments, variables: variables)
    #expect(status == 0)
    #expect(lines(screen).count > 100)
    #expect(!screen.contains("paged: "))
  }

  @Test func aPagerThatExitsEarlyEndsTheRunQuietly() throws {
    let (screen, status) = try onTerminal(
      ["show", "backend", "--color", "never"],
      variables: ["PROGRESSION_PAGER": "head -n 2"]
    )
    #expect(status == 0)
    #expect(screen == "🛠️ Backend Engineering Framework\n\n")
  }

  @Test func nothingIsPagedIntoAPipe() throws {
    var environment = ProcessInfo.processInfo.environment
    environment["PROGRESSION_PAGER"] = Self.marker
    let run = try BinaryRun(
      executable: try BinaryRun.executable(),
      ["show", "backend"],
      environment: environment,
      currentDirectory: TestPaths.testDirectory
    )
    #expect(run.status == 0)
    #expect(run.standardOutput.hasPrefix("🛠️ Backend Engineering Framework\n"))
    #expect(!run.standardOutput.contains("paged: "))
  }
}
