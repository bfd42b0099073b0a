import ProgressionCore

/// `progression matrix <framework>`: a framework as a table of topics by levels, each cell
/// counting the criteria its site shows there.
enum Matrix: Command {
  static let text = OptionSpecification.flag(
    "text",
    help: "Put the criteria themselves in the cells (Markdown, CSV and JSON only)."
  )

  /// `show`'s `--format` with CSV added: only `matrix` and `checklist` write CSV.
  static let format = OptionSpecification.value(
    "format",
    short: "f",
    help: "Print 'text' (for a terminal), 'markdown' (to paste), 'csv' (for a spreadsheet) or "
      + "'json' (for programs).",
    defaultValue: MatrixFormat.text.rawValue,
    choices: MatrixFormat.allCases.map(\.rawValue)
  )

  static let specification = CommandSpecification(
    name: "matrix",
    abstract: "Tabulate a framework: topics as rows, levels as columns, criteria counted.",
    discussion: """
      Each cell counts the criteria the framework's site shows for that topic at that
      level: its own criteria, its example criteria, and what it inherits from the
      'generic' framework in its folder. Each row and column has a total. Text fits the
      terminal's width (or --width), shortening topic titles with '…'. CSV has a row per
      topic, for a spreadsheet; a cell that starts with =, +, - or @ gets a leading ' so
      that it is not run as a formula. --text lists the criteria in the cells instead of
      counting them (one per line in CSV), for a document, a spreadsheet or a program; it
      cannot be used with text output. A prose-only framework (yaml: false) has no table:
      text and Markdown say so in one line, CSV has only its header row, JSON has empty
      'levels' and 'topics', and the exit status is 0.
      """,
    options: [text, format, FrameworkOptions.width, FrameworkOptions.dir],
    positionals: [FrameworkOptions.framework],
    examples: [
      .init("progression matrix backend", "Where the built-in backend framework is heavy or thin."),
      .init(
        "progression matrix backend --text -f markdown > backend.md",
        "Every criterion in a Markdown table, to paste into a document."
      ),
      .init(
        "progression matrix backend --text -f csv > backend.csv",
        "Every criterion in a spreadsheet, a row per topic."
      ),
      .init("progression matrix backend -f json", "The counts, for programs."),
    ]
  )

  static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitStatus {
    let format = arguments.value(of: format).flatMap(MatrixFormat.init(rawValue:)) ?? .text
    let requestedWidth = try FrameworkOptions.columns(arguments)
    let includesText = arguments.isSet(text)
    if includesText && format == .text {
      throw UsageError(
        .incompatibleOption(
          text.longForm,
          with: "text output, whose cells are too narrow; use '-f markdown', '-f csv' or '-f json'"
        )
      )
    }

    guard let loaded = try FrameworkOptions.loadFramework(inheriting: true, arguments, in: context)
    else { return .failure }

    let report = MatrixReport(
      framework: loaded.framework.name,
      source: loaded.file.source.path,
      isProseOnly: loaded.framework.isProseOnly,
      includesText: includesText,
      matrix: FrameworkMatrix(loaded.framework)
    )
    switch format {
    case .text:
      let style = Terminal(standardOutputOf: context.environment)
        .textStyle(color: .never, width: requestedWidth)
      context.write(bytes: MatrixTextRenderer.render(report, style: style))
    case .markdown:
      context.write(bytes: MatrixMarkdownRenderer.render(report))
    case .csv:
      context.write(bytes: MatrixCSVRenderer.render(report))
    case .json:
      context.write(bytes: MatrixJSONRenderer.render(report))
    }
    return .success
  }
}
