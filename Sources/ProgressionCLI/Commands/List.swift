import ProgressionCore

/// `progression list`: the frameworks a name can reach, with their title, levels, topics and file.
///
/// A file that cannot be read as a framework is reported on standard error and left out of the
/// listing, and the run exits with status 1, after listing the others.
enum List: Command {
  static let noBuiltIn = OptionSpecification.flag(
    "no-built-in",
    help: "Leave out the frameworks built into the tool."
  )

  static let specification = CommandSpecification(
    name: "list",
    abstract: "List the frameworks available, and where each comes from.",
    discussion: """
      Frameworks are looked up in the folder given with --dir, then in each folder of
      $PROGRESSION_FRAMEWORKS (separated by ':'), then in ./frameworks, with every folder
      below them, then among those built into the tool. Each framework is listed with the
      name to give 'show': its file name when that is unique in its place, else its path
      there (engineering/backend). One whose names an earlier place answers is marked as
      hidden. Text groups frameworks by their sidebar group and fits the terminal's width.
      """,
    options: [
      FrameworkOptions.format, FrameworkOptions.width, FrameworkOptions.color,
      FrameworkOptions.dir, noBuiltIn,
    ],
    positionals: [],
    examples: [
      .init("progression list", "Every framework under ./frameworks, then the built-in ones."),
      .init(
        "progression list --dir docs/frameworks --no-built-in",
        "A company's tree alone, with the name to give 'show' for each framework."
      ),
      .init("progression list --format json", "The same, for programs."),
    ]
  )

  static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitStatus {
    let format = FrameworkOptions.outputFormat(arguments)
    let colorMode = FrameworkOptions.colorMode(arguments, in: context)
    var catalog = FrameworkOptions.catalog(arguments, in: context)
    catalog.includesBuiltIns = !arguments.isSet(noBuiltIn)
    let entries: [FrameworkCatalog.Entry]
    do throws(FrameworkCatalogError) {
      entries = try catalog.entries()
    } catch {
      try FrameworkOptions.report(error, in: context)
      return .failure
    }
    var listing = FrameworkListing(entries: [])
    var status = ExitStatus.success
    for entry in entries {
      switch entry.framework {
      case .success(let framework):
        FrameworkOptions.reportOmissions(entry.omissions, in: context)
        listing.entries.append(
          FrameworkListing.Entry(
            framework: framework,
            reference: entry.name,
            source: entry.path,
            place: entry.origin.description,
            shadowedBy: entry.shadowedBy
          )
        )
      case .failure(let error):
        try FrameworkOptions.report(error, in: context)
        status = .failure
      }
    }
    switch format {
    case .text:
      let style = Terminal(standardOutputOf: context.environment)
        .textStyle(color: colorMode, width: try FrameworkOptions.columns(arguments))
      context.write(bytes: TextRenderer.render(listing, style: style))
    case .markdown:
      context.write(bytes: MarkdownRenderer.render(listing))
    case .json:
      context.write(bytes: JSONRenderer.render(listing))
    }
    return status
  }
}
