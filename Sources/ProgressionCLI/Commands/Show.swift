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

  static let topic = OptionSpecification.repeatable(
    "topic",
    valueName: "topic",
    help: "Show only this topic: its name or title, any case; a unique prefix is enough."
  )

  static let by = OptionSpecification.value(
    "by",
    valueName: "grouping",
    help: "Group criteria by 'level', then topic, or by 'topic', then level.",
    defaultValue: Selection.Grouping.level.rawValue,
    choices: Selection.Grouping.allCases.map(\.rawValue)
  )

  static let examples = OptionSpecification.flag(
    "examples",
    help: "Show the examples under example criteria."
  )

  static let about = OptionSpecification.flag(
    "about",
    help: "Show the framework's Markdown text, before the criteria."
  )

  static let width = OptionSpecification.value(
    "width",
    valueName: "columns",
    help: "Wrap text at this many columns (0: never); by default the terminal's width."
  )

  static let noInherit = OptionSpecification.flag(
    "no-inherit",
    help: "Leave out criteria inherited from the folder's 'generic' framework."
  )

  static let framework = PositionalSpecification(
    "framework",
    help: "The framework's name, such as 'backend', or the path of its file."
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
      """,
    options: [
      level, topic, by, examples, about, FrameworkOptions.format, width, FrameworkOptions.color,
      noInherit, FrameworkOptions.dir,
    ],
    positionals: [framework]
  )

  static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitStatus {
    let format = FrameworkOptions.outputFormat(arguments)
    let colorMode = FrameworkOptions.colorMode(arguments, in: context)
    let requestedWidth = try columns(arguments.value(of: width))
    var selection = Selection(
      topicQueries: arguments.values(of: topic),
      grouping: arguments.value(of: by).flatMap(Selection.Grouping.init(rawValue:)) ?? .level,
      includesExamples: arguments.isSet(examples),
      includesAbout: arguments.isSet(about),
      includesInherited: !arguments.isSet(noInherit)
    )
    do throws(SelectionError) {
      selection.levels = try arguments.value(of: level).map(Selection.levels(parsing:))
    } catch {
      throw error.usageError
    }

    let loaded: LoadedFramework
    do throws(FrameworkCatalogError) {
      loaded = try FrameworkOptions.catalog(arguments, in: context)
        .load(arguments[framework], inheriting: selection.includesInherited)
    } catch {
      FrameworkOptions.report(error, in: context)
      return .failure
    }
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

  /// The `--width` value: a number of columns, `0` for no wrapping; `nil` when not given.
  static func columns(_ text: String?) throws(UsageError) -> Int? {
    guard let text else { return nil }
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
