import ProgressionCore

/// `progression checklist <framework> --level N`: writes a self-assessment checklist for a level,
/// as Markdown to tick and keep, CSV for a spreadsheet, or JSON.
///
/// The engine (`Checklist`) picks the items; this command resolves the options, renders and
/// writes to standard output or a new file.
enum ChecklistCommand: Command {
  static let level = OptionSpecification.value(
    "level",
    valueName: "level",
    help: "The level to assess, such as 3 (required)."
  )

  static let cumulative = OptionSpecification.flag(
    "cumulative",
    help: "Cover every level up to --level, each item marked with its level."
  )

  static let examples = OptionSpecification.flag(
    "examples",
    help: "Add the examples under example criteria, as indented notes."
  )

  static let format = OptionSpecification.value(
    "format",
    short: "f",
    help: "Write 'markdown' (to tick and keep), 'csv' (for a spreadsheet) or 'json'.",
    defaultValue: ChecklistFormat.markdown.rawValue,
    choices: ChecklistFormat.allCases.map(\.rawValue)
  )

  static let output = OptionSpecification.value(
    "output",
    short: "o",
    valueName: "file",
    help: "Write to this file, which must not exist yet, instead of standard output ('-')."
  )

  static let force = OptionSpecification.flag(
    "force",
    help: "With --output, replace the file if it exists."
  )

  static let framework = PositionalSpecification(
    "framework",
    help: "The framework's name, such as 'backend', or the path of its file; with --update, "
      + "the checklist."
  )

  static let specification = CommandSpecification(
    name: "checklist",
    abstract: "Write a self-assessment checklist for a level, to tick and keep.",
    discussion: """
      The Markdown has one section per topic and one task-list item per criterion at the
      level, in the order 'show' lists them (own, example, then inherited criteria). Each
      item ends with a short stable id in an HTML comment, made from its topic and text; the
      header comment names the framework and level. Tick items ('- [x]') and write evidence
      under them; 'progression progress' counts the ticks. It is a record of evidence for a
      conversation, not a pass mark. --update re-syncs a checklist with its framework as it is
      now: unchanged and moved items keep their tick and evidence, reworded ones too with a
      note of the old wording, removed ones go to a final 'No longer in the framework'
      section, and new ones are added unticked; every other line is kept as it is.
      """,
    options: [
      level, FrameworkOptions.topic, cumulative, examples, format, output, force, update,
      dryRun, frameworkOption, FrameworkOptions.color, FrameworkOptions.dir,
    ],
    positionals: [framework],
    examples: [
      .init(
        "progression checklist backend --level 3 --output level-3.md",
        "Start a record of evidence for level 3, to tick and keep in git."
      ),
      .init(
        "progression checklist backend --level 4 --cumulative -f csv > level-4.csv",
        "Everything up to level 4, one row per criterion, for a spreadsheet."
      ),
      .init(
        "progression checklist --update level-3.md --dry-run",
        "What re-syncing with the framework as it is now would change."
      ),
    ]
  )

  static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitStatus {
    _ = FrameworkOptions.colorMode(arguments, in: context)
    if arguments.isSet(update) {
      let newOnly = [
        arguments.value(of: level) != nil, arguments.isSet(cumulative),
        !arguments.values(of: FrameworkOptions.topic).isEmpty, arguments.value(of: output) != nil,
      ]
      for (option, isGiven) in zip([level, cumulative, FrameworkOptions.topic, output], newOnly)
      where isGiven {
        throw UsageError(
          .incompatibleOption(option.longForm, with: "--update, which keeps the checklist's own")
        )
      }
      return try runUpdate(arguments[framework], arguments, in: context)
    }
    let updateOnly = [arguments.isSet(dryRun), arguments.value(of: frameworkOption) != nil]
    for (option, isGiven) in zip([dryRun, frameworkOption], updateOnly) where isGiven {
      throw UsageError(.incompatibleOption(option.longForm, with: "a new checklist; add --update"))
    }
    let chosenLevel = try Self.chosenLevel(arguments)
    if arguments.isSet(force), arguments.value(of: output) == nil {
      throw UsageError(.incompatibleOption(force.longForm, with: "standard output; add --output"))
    }
    let isCumulative = arguments.isSet(cumulative)
    let loaded: LoadedFramework
    do throws(FrameworkCatalogError) {
      loaded = try FrameworkOptions.catalog(arguments, in: context).load(arguments[framework])
    } catch {
      try FrameworkOptions.report(error, in: context)
      return .failure
    }
    FrameworkOptions.reportOmissions(loaded.omissions, in: context)
    let queries = arguments.values(of: FrameworkOptions.topic)
    let selection = Selection(
      levels: (isCumulative ? 1 : chosenLevel)...chosenLevel,
      topicQueries: queries,
      grouping: .topic
    )
    let selected: SelectedCriteria
    do throws(SelectionError) {
      selected = try selection.resolve(in: loaded.framework)
    } catch {
      throw error.usageError
    }
    let checklist = Checklist(
      framework: loaded.framework,
      name: arguments[framework],
      source: loaded.file.source.path,
      level: chosenLevel,
      isCumulative: isCumulative,
      topics: queries.isEmpty ? nil : selected.topics
    )
    let includesExamples = arguments.isSet(examples)
    let bytes: [UInt8]
    switch arguments.value(of: format).flatMap(ChecklistFormat.init(rawValue:)) ?? .markdown {
    case .markdown:
      bytes = ChecklistMarkdownRenderer.render(checklist, includesExamples: includesExamples)
    case .csv: bytes = ChecklistCSVRenderer.render(checklist)
    case .json: bytes = ChecklistJSONRenderer.render(checklist, includesExamples: includesExamples)
    }
    guard let path = arguments.value(of: output), path != "-" else {
      context.write(bytes: bytes)
      return .success
    }
    if NewFileWriter.isSameFile(
      context.resolvedPath(path),
      as: context.resolvedPath(loaded.file.source.path)
    ) {
      context.reportError(
        "cannot write '\(path)': it is the framework file being read; give another file name; "
          + "nothing was written"
      )
      return .failure
    }
    return write(bytes, to: path, replacing: arguments.isSet(force), in: context)
  }

  /// The `--level` value: one level number.
  private static func chosenLevel(_ arguments: ParsedArguments) throws(UsageError) -> Int {
    guard let text = arguments.value(of: level) else {
      throw UsageError(.missingArgument("--level <level>"))
    }
    guard let number = Selection.level(parsing: text[...]), number > 0 else {
      throw UsageError(
        .invalidValue(text, option: level.longForm, expected: "one level number, such as 3")
      )
    }
    return number
  }

  /// Writes `bytes` to a new file at `path`, or over an existing regular file when `replacing`
  /// (then atomically, as `validate --fix` writes).
  private static func write(
    _ bytes: [UInt8],
    to path: String,
    replacing: Bool,
    in context: CommandContext
  ) -> ExitStatus {
    do throws(FileWriteError) {
      try NewFileWriter.write(context.resolvedPath(path), with: bytes, replacing: replacing)
    } catch {
      var error = error
      error.path = path
      context.reportError(error.message)
      return .failure
    }
    return .success
  }
}
