import ProgressionCore

/// `progression show <framework>`: prints a framework's criteria as text, Markdown or JSON.
///
/// Selection (`--level`, `--topic`, `--by`, ...) is resolved once by `Selection`; the renderers
/// only lay out what it picked.
enum Show: Command {
  static let level = OptionSpecification.value(
    "level",
    valueName: "levels",
    help: "Show one level, such as 3, or a range, such as 2-4."
  )

  static let by = OptionSpecification.value(
    "by",
    valueName: "grouping",
    help: "Group criteria by 'level', then topic, or by 'topic', then level.",
    defaultValue: Selection.Grouping.level.rawValue,
    choices: Selection.Grouping.allCases.map(\.rawValue)
  )

  static let about = OptionSpecification.flag(
    "about",
    help: "Show the framework's Markdown text, before the criteria."
  )

  static let noInherit = OptionSpecification.flag(
    "no-inherit",
    help: "Leave out criteria inherited from the folder's 'generic' framework."
  )

  static let cumulative = OptionSpecification.flag(
    "cumulative",
    help: "Show at each level everything expected up to it, marked with the level it comes from."
  )

  static let specification = CommandSpecification(
    name: "show",
    abstract: "Print a framework's criteria, by level or by topic.",
    discussion: """
      Text is for a terminal: it is wrapped to the terminal's width and coloured, but neither
      wrapped nor coloured into a pipe unless --width or --color says so. NO_COLOR turns
      colour off unless --color always is given. Control characters in the file are shown
      escaped, as \\u{1B}. Criteria inherited from the 'generic' framework in the same folder
      are marked '(inherited)'. A topic with no criteria at a level says so.

      A framework lists at each level only what is new there. --cumulative adds what the
      levels below expect, lowest level first, each criterion marked with its level:
      'show backend --level 4 --cumulative' is everything level 4 expects in total.
      """,
    options: [
      level, FrameworkOptions.topic, by, FrameworkOptions.examples, about, FrameworkOptions.format,
      FrameworkOptions.width, FrameworkOptions.color, noInherit, cumulative, FrameworkOptions.dir,
    ],
    positionals: [FrameworkOptions.framework],
    examples: [
      .init(
        "progression show backend --level 3",
        "What level 3 of the built-in backend framework expects."
      ),
      .init("progression show backend --topic mastery --by topic", "One topic, level by level."),
      .init(
        "progression show backend --level 2-4 --format markdown > levels.md",
        "Levels 2 to 4 as Markdown, to paste into a promotion document."
      ),
      .init(
        "progression show docs/ladder.md --examples",
        "A framework file anywhere, with its worked examples."
      ),
    ]
  )

  static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitStatus {
    let format = FrameworkOptions.outputFormat(arguments)
    let colorMode = FrameworkOptions.colorMode(arguments, in: context)
    let requestedWidth = try FrameworkOptions.columns(arguments)
    var selection = Selection(
      topicQueries: arguments.values(of: FrameworkOptions.topic),
      grouping: arguments.value(of: by).flatMap(Selection.Grouping.init(rawValue:)) ?? .level,
      includesExamples: arguments.isSet(FrameworkOptions.examples),
      includesAbout: arguments.isSet(about),
      includesInherited: !arguments.isSet(noInherit),
      isCumulative: arguments.isSet(cumulative)
    )
    do throws(SelectionError) {
      selection.levels = try arguments.value(of: level).map(Selection.levels(parsing:))
    } catch {
      throw error.usageError
    }

    guard
      let loaded = try FrameworkOptions.loadFramework(
        inheriting: selection.includesInherited,
        arguments,
        in: context
      )
    else { return .failure }
    // A prose-only framework is its text.
    if loaded.framework.isProseOnly { selection.includesAbout = true }

    let selected: SelectedCriteria
    do throws(SelectionError) {
      selected = try selection.resolve(in: loaded.framework)
    } catch {
      throw error.usageError
    }
    switch format {
    case .text:
      let style = Terminal(standardOutputOf: context.environment)
        .textStyle(color: colorMode, width: requestedWidth)
      context.write(bytes: TextRenderer.render(selected, style: style))
    case .markdown:
      context.write(bytes: MarkdownRenderer.render(selected))
    case .json:
      context.write(bytes: JSONRenderer.render(selected, source: loaded.file.source.path))
    }
    return .success
  }
}
