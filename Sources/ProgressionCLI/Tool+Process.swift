import ProgressionCore
import SystemInterface

extension Tool {
  /// Runs the tool with the process's arguments and environment, then exits with its status.
  ///
  /// Standard output streams out with `write(2)` as commands produce it, through a pager when it
  /// is a terminal and the output is longer than the screen (see `PagedOutput`); standard error
  /// follows at the end. `SIGPIPE` is ignored and a closed pipe ends the writing quietly, so
  /// `progression dump big.yml | head` stops without a crash or a message. Any other failed
  /// write (`> /dev/full`) is reported on standard error, if it can be, and the status is
  /// `ExitStatus.writeFailure`. The process exits with the command's context, and so its
  /// `KeepAlive`, still alive: what the command read is never freed.
  public static func main() -> Never {
    Signals.ignoreBrokenPipe()
    let output = ProcessOutputStream(.standardOutput)
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
          "cannot write to standard output: \(failure.message)"
        ).utf8
      status = .writeFailure
    }
    let errors = ProcessOutputStream(.standardError)
    errors.write(standardError)
    if errors.failure != nil { status = .writeFailure }
    // Exit with the context still alive: what commands kept until exit is never torn down.
    withExtendedLifetime(context) { ProcessEnvironment.exit(status.rawValue) }
  }

  /// The environment of the running process.
  private static func processEnvironment(output: ProcessOutputStream) -> Environment {
    let isStandardOutputTerminal = FileDescriptor.standardOutput.isTerminal
    let isStandardErrorTerminal = FileDescriptor.standardError.isTerminal
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
      currentDirectory: ProcessEnvironment.currentDirectory() ?? ".",
      standardInput: .process,
      standardOutput: standardOutput,
      isStandardOutputTerminal: isStandardOutputTerminal,
      isStandardErrorTerminal: isStandardErrorTerminal,
      terminalWidth: width
    )
  }

  /// The process's environment variables; the first entry of a name set twice wins, as
  /// `getenv` finds it.
  private static func environmentVariables() -> [String: String] {
    var variables: [String: String] = [:]
    for pair in ProcessEnvironment.entries() {
      guard let equals = pair.firstIndex(of: "=") else { continue }
      let name = String(pair[..<equals])
      if variables[name] == nil {
        variables[name] = String(pair[pair.index(after: equals)...])
      }
    }
    return variables
  }

  /// The width of the terminal on standard output or standard error, else `COLUMNS`.
  private static func terminalWidth(variables: [String: String]) -> Int? {
    for descriptor in [FileDescriptor.standardOutput, .standardError] {
      if let size = TerminalSize(of: descriptor), size.columns > 0 { return size.columns }
    }
    return variables["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
  }

  /// The height of the terminal on standard output, else `LINES`, else 24 rows.
  private static func terminalRows(variables: [String: String]) -> Int {
    if let size = TerminalSize(of: .standardOutput), size.rows > 0 { return size.rows }
    return variables["LINES"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? 24
  }

  /// Whether an executable called `name` is in a folder of `$PATH`.
  private static func isOnPath(_ name: String, variables: [String: String]) -> Bool {
    let folders = (variables["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return folders.contains { FileSystemCalls.isExecutable("\($0)/\(name)") }
  }
}
