import ProgressionCore

/// `progression diff`: what one level of a framework expects beyond another
/// (`diff FRAMEWORK FROM TO`), or what changed between two versions of a framework file
/// (`diff OLD NEW`).
///
/// The number of arguments picks the form, and a bare number is always a level: `diff backend 3`
/// is two levels with `<to>` missing, never two files. The comparing is done by `LevelDiff` and
/// `VersionDiff`; this command loads, checks the arguments against the framework and renders.
enum Diff: Command {
  static let sideBySide = OptionSpecification.flag(
    "side-by-side",
    help: "Show the criteria of the two levels in two columns, topic by topic (not with json)."
  )

  static let exitCode = OptionSpecification.flag(
    "exit-code",
    help: "Exit with status 3 when there are differences, 0 when there are none."
  )

  static let first = PositionalSpecification(
    "framework|old",
    help: "The framework (a name or a file) whose levels to compare; or the old version's file."
  )
  .completing(.frameworks)

  static let second = PositionalSpecification(
    "from|new",
    help: "The level to compare from; or the new version's file. Either file may be '-'."
  )
  .completing(.files)

  static let third = PositionalSpecification(
    "to",
    help: "The level to compare to; given only when comparing two levels.",
    isOptional: true
  )

  static let specification = CommandSpecification(
    name: "diff",
    abstract: "Compare two levels of a framework, or two versions of a framework file.",
    discussion: """
      Two levels: 'progression diff backend 3 4' lists, topic by topic, what level 4 expects
      beyond level 3. Across several levels (2 6) every level in between is listed, each
      criterion tagged with its level; going down (4 2) lists what level 2 no longer expects.
      Topics say when they start within the range, or that they have no new criteria.
      --side-by-side shows the two levels' own criteria in two columns instead, wrapped to
      --width, else the terminal's width, else 80 columns. --topic and --examples work as
      in show. A bare number is always a level: 'diff backend 3' is missing <to>.

      Two versions: 'progression diff old.md new.md' lists the criteria added (+), removed
      (-), reworded (~, with the words changed marked [-old-] and {+new+}) and moved (→),
      then changes to examples, topics and settings. Either file may be '-' for standard
      input, read as the same kind of file as the other, as in the last example below.
      Criteria inherited from a 'generic' framework and the Markdown body are not compared,
      but for a prose-only page (yaml: false), whose body is its content.

      Text is coloured on a terminal only, as in show. Markdown is ready to paste into a
      pull request. JSON follows the schema in the README.

      Exit status: 0 when the comparison ran (with --exit-code: and found no differences),
      1 when a file cannot be read as a framework, 2 for a usage error (including a level
      outside the framework), 3 with --exit-code when there are differences, 4 when the output
      cannot be written.
      """,
    options: [
      FrameworkOptions.topic, FrameworkOptions.examples, sideBySide, exitCode,
      FrameworkOptions.format, FrameworkOptions.width, FrameworkOptions.color,
      FrameworkOptions.dir,
    ],
    positionals: [first, second, third],
    examples: [
      .init("progression diff backend 3 4", "What level 4 expects beyond level 3."),
      .init(
        "progression diff backend 3 4 --side-by-side",
        "The two levels' own criteria in two columns."
      ),
      .init(
        "progression diff old.md new.md",
        "What changed between two versions of a framework file."
      ),
      .init(
        "git show main:frameworks/backend.md | progression diff - frameworks/backend.md",
        "What a branch changed in a framework, with the old version on standard input."
      ),
    ]
  )

  static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitStatus {
    let format = FrameworkOptions.outputFormat(arguments)
    let style = Terminal(standardOutputOf: context.environment).textStyle(
      color: FrameworkOptions.colorMode(arguments, in: context),
      width: try FrameworkOptions.columns(arguments)
    )
    if arguments.isSet(sideBySide) && format == .json {
      throw UsageError(.incompatibleOption(sideBySide.longForm, with: "'--format json'"))
    }
    if let to = arguments.value(of: third) {
      return try compareLevels(
        of: arguments[first],
        from: arguments[second],
        to: to,
        arguments,
        format: format,
        style: style,
        in: context
      )
    }
    if Selection.level(parsing: arguments[second][...]) != nil {
      throw UsageError(.missingArgument(third.placeholder))
    }
    if arguments.isSet(sideBySide) { throw levelsOnly(sideBySide) }
    if !arguments.values(of: FrameworkOptions.topic).isEmpty {
      throw levelsOnly(FrameworkOptions.topic)
    }
    return try compareVersions(
      old: arguments[first],
      new: arguments[second],
      arguments,
      format: format,
      style: style,
      in: context
    )
  }

  /// The status of a comparison that ran: `differencesFound` when it found differences and
  /// `--exit-code` asks to say so, else `success`.
  static func status(differs: Bool, _ arguments: ParsedArguments) -> ExitStatus {
    differs && arguments.isSet(exitCode) ? .differencesFound : .success
  }

  /// The error for an option that only level diffs take, given with two files.
  private static func levelsOnly(_ option: OptionSpecification) -> UsageError {
    UsageError(.incompatibleOption(option.longForm, with: "two files; it compares two levels"))
  }
}
