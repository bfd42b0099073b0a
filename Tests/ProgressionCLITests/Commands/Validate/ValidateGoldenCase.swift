import ProgressionCLI
import Testing

/// One run of `validate` checked against a golden file. Findings go to standard output whatever
/// the exit status (they are the command's output, as a linter's are); only usage and run
/// errors go to standard error.
struct ValidateGoldenCase: CustomTestStringConvertible, Sendable {
  /// Which stream the golden holds; the other must be empty.
  enum Stream: Sendable {
    case standardOutput
    case standardError
  }

  var golden: String
  var arguments: [String]
  var status = ExitStatus.success
  var stream = Stream.standardOutput

  var testDescription: String { golden }

  func check(sourceLocation: SourceLocation = #_sourceLocation) {
    let run = ToolRun(arguments)
    #expect(run.status == status, "status", sourceLocation: sourceLocation)
    switch stream {
    case .standardOutput:
      expectGolden(run.standardOutput, named: golden, sourceLocation: sourceLocation)
      #expect(run.standardError == "", "standard error", sourceLocation: sourceLocation)
    case .standardError:
      expectGolden(run.standardError, named: golden, sourceLocation: sourceLocation)
      #expect(run.standardOutput == "", "standard output", sourceLocation: sourceLocation)
    }
  }
}
