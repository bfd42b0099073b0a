import ProgressionCore

/// The options, arguments and error reporting that `show`, `matrix`, `compare`, `list` and `diff`
/// share: how frameworks are found, which topics are shown, how output is formatted, wrapped
/// and coloured.
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

  /// The one framework `show` and `matrix` read: a name, a path, or `-` for standard input.
  static let framework = PositionalSpecification(
    "framework",
    help: "The framework's name, such as 'backend', the path of its file, or '-' to read "
      + "standard input."
  )
  .completing(.frameworks)

  /// The catalog for `--dir`, the environment and the current directory, keeping what it reads
  /// in the context's keep-alive.
  static func catalog(_ arguments: ParsedArguments, in context: CommandContext) -> FrameworkCatalog
  {
    var catalog = FrameworkCatalog(
      directory: arguments.value(of: dir),
      environment: context.environment.variables,
      currentDirectory: context.environment.currentDirectory
    )
    catalog.keepAlive = context.keepAlive
    return catalog
  }

  /// The `--format` value; the parser has checked it is one of the choices.
  static func outputFormat(_ arguments: ParsedArguments) -> OutputFormat {
    arguments.value(of: format).flatMap(OutputFormat.init(rawValue:)) ?? .text
  }

  /// Applies `--color` to standard error's diagnostics and returns it for standard output.
  ///
  /// This is the one place `--color` is read: every command that declares it calls this.
  static func colorMode(_ arguments: ParsedArguments, in context: CommandContext) -> ColorMode {
    let mode = arguments.value(of: color).flatMap(ColorMode.init(rawValue:)) ?? .auto
    context.colorMode = mode
    return mode
  }

  /// Reports why a framework could not be found or read: a diagnostic at the problem for an
  /// invalid file, else a tool error. All of these exit with status 1, but for a name that
  /// several frameworks answer to: a usage error, exit status 2.
  ///
  /// - Throws: `UsageError` for `.ambiguous`.
  static func report(
    _ error: FrameworkCatalogError,
    in context: CommandContext
  ) throws(UsageError) {
    if case .ambiguous = error {
      throw UsageError(.ambiguousFramework(message: error.message))
    }
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

  /// Says on standard error what reading left out because the framework's site would not show
  /// it, once per file and message.
  static func reportOmissions(_ omissions: [Diagnostic], in context: CommandContext) {
    // Most runs have none: not even the set's generic metadata is made for them.
    guard !omissions.isEmpty else { return }
    var seen = Set<Diagnostic>()
    for omission in omissions where seen.insert(omission).inserted {
      context.report(omission, in: nil)
    }
  }

  /// Standard input as a framework file, read as the same kind of file as `other` (Markdown
  /// when there is none) and named after it, so that
  /// `git show main:frameworks/backend.md | progression diff - frameworks/backend.md`
  /// compares like with like.
  static func standardInput(
    like other: FrameworkFile?,
    in context: CommandContext
  ) throws(FrameworkCatalogError) -> FrameworkFile {
    let source: SourceFile
    do throws(SourceFileError) {
      source = try context.readSource("-")
    } catch {
      throw .unreadable(error)
    }
    return FrameworkFile(
      name: other?.name ?? "stdin",
      format: other?.format ?? .markdown,
      origin: .standardInput,
      source: source
    )
  }

  /// Loads the framework `argument` names, or the one on standard input for `-` (which
  /// inherits nothing).
  static func load(
    _ argument: String,
    inheriting: Bool,
    _ arguments: ParsedArguments,
    in context: CommandContext
  ) throws(FrameworkCatalogError) -> LoadedFramework {
    let catalog = catalog(arguments, in: context)
    guard argument == "-" else { return try catalog.load(argument, inheriting: inheriting) }
    return try catalog.load(standardInput(like: nil, in: context), inheriting: inheriting)
  }

  /// Loads the framework the `<framework>` argument names, as `show` and `matrix` read it:
  /// reports why it could not be read, or what reading left out, and keeps it until exit.
  ///
  /// - Returns: the framework, or `nil` when it could not be read (reported; exit status 1).
  /// - Throws: `UsageError` for a name that several frameworks answer to.
  static func loadFramework(
    inheriting: Bool,
    _ arguments: ParsedArguments,
    in context: CommandContext
  ) throws(UsageError) -> LoadedFramework? {
    try loadFrameworks([arguments[framework]], inheriting: inheriting, arguments, in: context)?
      .first
  }

  /// Loads the frameworks `names` name, in order, as `loadFramework(inheriting:_:in:)` does,
  /// for a command with several framework arguments; what reading left out is said once, even
  /// when two of them inherit from the same `generic`.
  ///
  /// - Returns: the frameworks, or `nil` when one could not be read (reported; exit status 1).
  /// - Throws: `UsageError` for a name that several frameworks answer to.
  static func loadFrameworks(
    _ names: [String],
    inheriting: Bool,
    _ arguments: ParsedArguments,
    in context: CommandContext
  ) throws(UsageError) -> [LoadedFramework]? {
    var frameworks: [LoadedFramework] = []
    for name in names {
      do throws(FrameworkCatalogError) {
        frameworks.append(try load(name, inheriting: inheriting, arguments, in: context))
      } catch {
        try report(error, in: context)
        return nil
      }
      context.keepAlive.keep(frameworks[frameworks.count - 1])
    }
    reportOmissions(frameworks.flatMap(\.omissions), in: context)
    return frameworks
  }
}
