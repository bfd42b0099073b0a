import ProgressionCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Tool {
  /// Runs the tool with the process's arguments and environment, then exits with its status.
  ///
  /// Standard output streams out with `write(2)` as commands produce it, through a pager when it
  /// is a terminal and the output is longer than the screen (see `PagedOutput`); standard error
  /// follows at the end. `SIGPIPE` is ignored and a closed pipe ends the writing quietly, so
  /// `progression dump big.yml | head` stops without a crash or a message. Any other failed
  /// write (`> /dev/full`) is reported on standard error, if it can be, and the status is
  /// `ExitStatus.writeFailure`.
  public static func main() -> Never {
    signal(SIGPIPE, SIG_IGN)
    ParsedDocuments.keepsUntilExit = true
    let output = ProcessOutputStream(STDOUT_FILENO)
    let environment = processEnvironment(output: output)
    let (result, context) = execute(environment)
    if let pager = environment.standardOutput.pager {
      result.standardOutput.withUnsafeBytes { pager.write($0) }
      pager.finish()
    } else {
      output.write(result.standardOutput)
    }
    var status = result.status
    var standardError = result.standardError
    if let failure = output.failure {
      standardError +=
        context.renderer.renderToolError(
          "cannot write to standard output: \(SystemError.describe(failure))"
        ).utf8
      status = .writeFailure
    }
    let errors = ProcessOutputStream(STDERR_FILENO)
    errors.write(standardError)
    if errors.failure != nil { status = .writeFailure }
    // Exit with the context still alive: what commands kept until exit is never torn down.
    withExtendedLifetime(context) { exit(status.rawValue) }
  }

  /// The environment of the running process.
  private static func processEnvironment(output: ProcessOutputStream) -> Environment {
    let isStandardOutputTerminal = isatty(STDOUT_FILENO) == 1
    let isStandardErrorTerminal = isatty(STDERR_FILENO) == 1
    let variables = environmentVariables()
    let width = terminalWidth(variables: variables)
    let pagerCommand = PagerCommand.resolve(
      variables: variables,
      isTerminal: isStandardOutputTerminal,
      hasLess: { isOnPath("less", variables: variables) }
    )
    let standardOutput: StandardOutput =
      if let pagerCommand {
        .paged(
          by: PagedOutput(
            command: pagerCommand,
            rows: terminalRows(variables: variables),
            columns: width ?? 80,
            terminal: output
          )
        )
      } else {
        .streamed { output.write($0) }
      }
    return Environment(
      arguments: Array(CommandLine.arguments.dropFirst()),
      variables: variables,
      currentDirectory: currentDirectory(),
      standardInput: .process,
      standardOutput: standardOutput,
      isStandardOutputTerminal: isStandardOutputTerminal,
      isStandardErrorTerminal: isStandardErrorTerminal,
      terminalWidth: width
    )
  }

  private static func environmentVariables() -> [String: String] {
    var variables: [String: String] = [:]
    let first: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
    guard var entry = first else { return variables }
    while let pointer = entry.pointee {
      let pair = String(cString: pointer)
      if let equals = pair.firstIndex(of: "=") {
        let name = String(pair[..<equals])
        if variables[name] == nil {
          variables[name] = String(pair[pair.index(after: equals)...])
        }
      }
      entry += 1
    }
    return variables
  }

  private static func currentDirectory() -> String {
    guard let pointer = getcwd(nil, 0) else { return "." }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// The width of the terminal on standard output or standard error, else `COLUMNS`.
  private static func terminalWidth(variables: [String: String]) -> Int? {
    for descriptor in [STDOUT_FILENO, STDERR_FILENO] {
      var size = winsize()
      if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
        return Int(size.ws_col)
      }
    }
    return variables["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
  }

  /// The height of the terminal on standard output, else `LINES`, else 24 rows.
  private static func terminalRows(variables: [String: String]) -> Int {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 {
      return Int(size.ws_row)
    }
    return variables["LINES"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? 24
  }

  /// Whether an executable called `name` is in a folder of `$PATH`.
  private static func isOnPath(_ name: String, variables: [String: String]) -> Bool {
    let folders = (variables["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return folders.contains { access("\($0)/\(name)", X_OK) == 0 }
  }
}
