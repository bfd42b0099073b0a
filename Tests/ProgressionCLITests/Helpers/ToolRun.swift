import Foundation
import ProgressionCLI

/// What one in-process run of the tool printed, and how it exited.
struct ToolRun {
  var status: ExitStatus
  var standardOutput: String
  var standardError: String

  /// Runs the tool in-process, as `progression ARGUMENTS` in `Tests/ProgressionCLITests`.
  ///
  /// - Parameters:
  ///   - standardInput: the text on standard input; empty by default.
  ///   - variables: the environment variables; none by default, so `NO_COLOR` is unset.
  ///   - isStandardErrorTerminal: whether standard error is a terminal (for colour).
  init(
    _ arguments: [String],
    standardInput: String = "",
    variables: [String: String] = [:],
    isStandardErrorTerminal: Bool = false
  ) {
    let result = Tool.run(
      Tool.Environment(
        arguments: arguments,
        variables: variables,
        currentDirectory: TestPaths.testDirectory.path(percentEncoded: false),
        standardInput: .text(standardInput),
        isStandardErrorTerminal: isStandardErrorTerminal
      )
    )
    status = result.status
    standardOutput = String(decoding: result.standardOutput, as: UTF8.self)
    standardError = String(decoding: result.standardError, as: UTF8.self)
  }
}
