import ProgressionCLI
import Testing

/// One run of the tool checked against a golden file: the exit status, the stream the golden
/// holds (standard output on success, standard error on failure) and an empty other stream.
struct GoldenCase: CustomTestStringConvertible, Sendable {
  /// The golden's file name, `<command>-<case>.{txt,json,md}`.
  var golden: String
  var arguments: [String]
  var standardInput = ""
  var status = ExitStatus.success
  /// The environment variables; none by default.
  var variables: [String: String] = [:]

  var testDescription: String { golden }

  /// Runs the case in-process and checks it.
  func check(sourceLocation: SourceLocation = #_sourceLocation) {
    let run = ToolRun(arguments, standardInput: standardInput, variables: variables)
    #expect(run.status == status, "status", sourceLocation: sourceLocation)
    if status == .success {
      expectGolden(run.standardOutput, named: golden, sourceLocation: sourceLocation)
      #expect(run.standardError == "", "standard error", sourceLocation: sourceLocation)
    } else {
      expectGolden(run.standardError, named: golden, sourceLocation: sourceLocation)
      #expect(run.standardOutput == "", "standard output", sourceLocation: sourceLocation)
    }
  }
}
