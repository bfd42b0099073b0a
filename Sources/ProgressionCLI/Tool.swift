import ProgressionCore

/// The whole command-line tool, runnable in-process.
///
/// `run(_:)` takes everything from the outside world as an `Environment` and returns what the
/// process would print and its exit status, so tests run the real tool in parallel without
/// launching processes. `main()` is the thin layer that feeds it the real process.
public enum Tool {
  /// The version `progression --version` prints.
  package static let version = "0.1.0"

  /// Runs the tool: parses the command line, runs the command, renders any error.
  package static func run(_ environment: Environment) -> Result {
    execute(environment).result
  }

  /// Runs the tool and also returns the context, which holds what the command kept until exit.
  static func execute(_ environment: Environment) -> (result: Result, context: CommandContext) {
    let context = CommandContext(environment: environment)
    let status: ExitStatus
    do {
      status = try dispatch(environment.arguments, in: context)
    } catch let error as UsageError {
      context.writeError(context.renderer.render(error))
      status = .usageError
    } catch let error as SourceFileError {
      context.reportError(error.message)
      status = .failure
    } catch {
      context.reportError(String(describing: error))
      status = .failure
    }
    let result = Result(
      status: status,
      standardOutput: context.standardOutput,
      standardError: context.standardError
    )
    return (result, context)
  }

  /// Finds the command and runs it, or answers `--help` and `--version`.
  ///
  /// A bare `progression` prints the overview to standard output and succeeds, as `swift
  /// package` and `cargo` do: someone typing the bare name is asking what the tool does.
  private static func dispatch(
    _ arguments: [String],
    in context: CommandContext
  ) throws -> ExitStatus {
    if let limit = context.environment.variables[SourceFile.maximumSizeVariable],
      Int(limit).map({ $0 <= 0 }) ?? true
    {
      context.reportError(
        "\(SourceFile.maximumSizeVariable) must be a whole number of bytes above 0, not "
          + "'\(limit)'; unset it for the default of 256 MiB"
      )
      return .usageError
    }
    guard let first = arguments.first else {
      context.write(
        HelpGenerator.overview(of: CommandRegistry.specifications, width: Help.width(in: context))
      )
      return .success
    }
    let rest = Array(arguments.dropFirst())
    switch first {
    case "--help", "-h":
      // `progression --help dump` is `progression help dump`, as with git.
      return try run(Help.self, rest, in: context)
    case "--version":
      if let extra = rest.first { throw UsageError(.unexpectedArgument(extra)) }
      context.write("\(HelpGenerator.toolName) \(version)\n")
      return .success
    default:
      if first.hasPrefix("-") {
        let suggestion = EditDistance.suggestion(
          for: first.drop { $0 == "-" },
          among: ["help", "version"]
        )
        throw UsageError(.unknownOption(first, suggestion: suggestion.map { "--\($0)" }))
      }
      guard let command = CommandRegistry.command(named: first) else {
        throw CommandRegistry.unknownCommand(first)
      }
      return try run(command, rest, in: context)
    }
  }

  /// Answers `--help`, or parses the arguments and runs the command.
  private static func run(
    _ command: any Command.Type,
    _ arguments: [String],
    in context: CommandContext
  ) throws -> ExitStatus {
    let specification = command.specification
    if ArgumentParser.requestsHelp(arguments) {
      context.write(HelpGenerator.help(for: specification, width: Help.width(in: context)))
      return .success
    }
    let parsed = try ArgumentParser.parse(arguments, for: specification)
    if parsed.isSet(.noPager) { context.environment.standardOutput.pager?.turnOff() }
    do {
      return try command.run(parsed, in: context)
    } catch var error as UsageError {
      if error.command == nil { error.command = specification }
      throw error
    }
  }
}
