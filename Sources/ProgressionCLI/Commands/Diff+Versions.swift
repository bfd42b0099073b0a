import ProgressionCore

extension Diff {
  /// `diff OLD NEW`: reads both versions (by name, by path, or `-` for standard input), each
  /// without what it inherits, compares them and prints the changes.
  ///
  /// Inheritance is left out because standard input has no folder to inherit from: a file
  /// compared with its own earlier version from `git show` must not differ by its inherited
  /// titles and criteria.
  static func compareVersions(
    old: String,
    new: String,
    _ arguments: ParsedArguments,
    format: OutputFormat,
    style: TextStyle,
    in context: CommandContext
  ) throws -> ExitStatus {
    if old == "-" && new == "-" {
      throw UsageError(
        .invalidArgument(
          "-",
          argument: "<new>",
          expected: "a file, as standard input is already '<old>'"
        )
      )
    }
    let catalog = FrameworkOptions.catalog(arguments, in: context)
    let versions: [LoadedFramework]
    do throws(FrameworkCatalogError) {
      let files = try [old, new].map { (argument) throws(FrameworkCatalogError) in
        argument == "-" ? nil : try catalog.locate(argument)
      }
      let other = files.compactMap { $0 }.first
      versions = try files.map { (file) throws(FrameworkCatalogError) in
        guard let file else {
          return try catalog.load(
            FrameworkOptions.standardInput(like: other, in: context),
            inheriting: false
          )
        }
        return try catalog.load(file, inheriting: false)
      }
    } catch {
      try FrameworkOptions.report(error, in: context)
      return .failure
    }
    FrameworkOptions.reportOmissions(versions.flatMap(\.omissions), in: context)
    let comparison = VersionComparison(
      old: versions[0].framework,
      oldSource: versions[0].file.source.path,
      new: versions[1].framework,
      newSource: versions[1].file.source.path
    )
    switch format {
    case .text: context.write(bytes: DiffTextRenderer.render(comparison, style: style))
    case .markdown: context.write(bytes: DiffMarkdownRenderer.render(comparison))
    case .json: context.write(bytes: DiffJSONRenderer.render(comparison))
    }
    return status(differs: !comparison.diff.isEmpty, arguments)
  }
}
