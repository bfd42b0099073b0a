import ProgressionCore

/// The options and error reporting that `show`, `list` and `diff` share: how frameworks are
/// found, which topics are shown, how output is formatted, wrapped and coloured.
enum FrameworkOptions {
  static let dir = OptionSpecification.value(
    "dir",
    valueName: "dir",
    help: "Look for frameworks in this folder first (then $PROGRESSION_FRAMEWORKS, ./frameworks)."
  )
  .completing(.directories)

  static let format = OptionSpecification.value(
    "format",
    short: "f",
    help: "Print 'text' (for a terminal), 'markdown' (to paste) or 'json' (for programs).",
    defaultValue: OutputFormat.text.rawValue,
    choices: OutputFormat.allCases.map(\.rawValue)
  )

  static let color = OptionSpecification.value(
    "color",
    valueName: "when",
    help: "When to colour: 'auto' on a terminal unless NO_COLOR is set; 'always' beats NO_COLOR.",
    defaultValue: ColorMode.auto.rawValue,
    choices: ColorMode.allCases.map(\.rawValue)
  )

  static let topic = OptionSpecification.repeatable(
    "topic",
    valueName: "topic",
    help: "Show only this topic: its name or title, any case; a unique prefix is enough."
  )

  static let examples = OptionSpecification.flag(
    "examples",
    help: "Show the examples under example criteria."
  )

  static let width = OptionSpecification.value(
    "width",
    valueName: "columns",
    help: "Wrap text at this many columns (0: never); by default the terminal's width."
  )

  /// The catalog for `--dir`, the environment and the current directory.
  static func catalog(_ arguments: ParsedArguments, in context: CommandContext) -> FrameworkCatalog
  {
    FrameworkCatalog(
      directory: arguments.value(of: dir),
      environment: context.environment.variables,
      currentDirectory: context.environment.currentDirectory
    )
  }

  /// The `--format` value; the parser has checked it is one of the choices.
  static func outputFormat(_ arguments: ParsedArguments) -> OutputFormat {
    arguments.value(of: format).flatMap(OutputFormat.init(rawValue:)) ?? .text
  }

  /// Applies `--color` to standard error's diagnostics and returns it for standard output.
  static func colorMode(_ arguments: ParsedArguments, in context: CommandContext) -> ColorMode {
    let mode = arguments.value(of: color).flatMap(ColorMode.init(rawValue:)) ?? .auto
    context.colorMode = mode
    return mode
  }

  /// Reports why a framework could not be found or read: a diagnostic at the problem for an
  /// invalid file, else a tool error. All of these exit with status 1.
  static func report(_ error: FrameworkCatalogError, in context: CommandContext) {
    if case .invalid(let frameworkError, let file) = error {
      context.report(frameworkError, in: file)
    } else {
      context.reportError(error.message)
    }
  }

  /// The `--width` value: a number of columns, `0` for no wrapping; `nil` when not given.
  static func columns(_ arguments: ParsedArguments) throws(UsageError) -> Int? {
    guard let text = arguments.value(of: width) else { return nil }
    guard !text.isEmpty,
      text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
      let columns = Int(text)
    else {
      throw UsageError(
        .invalidValue(
          text,
          option: width.longForm,
          expected: "a number of columns, or 0 to never wrap"
        )
      )
    }
    return columns
  }
}
