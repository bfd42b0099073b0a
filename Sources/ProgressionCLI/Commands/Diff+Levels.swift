import ProgressionCore

extension Diff {
  /// `diff FRAMEWORK FROM TO`: loads the framework (with what it inherits, as `show` does),
  /// checks both levels against it, keeps the topics `--topic` names and prints the diff.
  static func compareLevels(
    of frameworkArgument: String,
    from fromArgument: String,
    to toArgument: String,
    _ arguments: ParsedArguments,
    format: OutputFormat,
    style: TextStyle,
    in context: CommandContext
  ) throws -> ExitStatus {
    let from = try level(fromArgument, for: fromPlaceholder)
    let to = try level(toArgument, for: toPlaceholder)
    let loaded: LoadedFramework
    do throws(FrameworkCatalogError) {
      loaded = try FrameworkOptions.catalog(arguments, in: context).load(frameworkArgument)
    } catch {
      try FrameworkOptions.report(error, in: context)
      return .failure
    }
    FrameworkOptions.reportOmissions(loaded.omissions, in: context)
    let framework = loaded.framework
    var diff: LevelDiff
    do throws(LevelDiffError) {
      diff = try LevelDiff(framework: framework, from: from, to: to)
    } catch {
      throw usageError(for: error, from: from, in: framework)
    }
    let queries = arguments.values(of: FrameworkOptions.topic)
    if !queries.isEmpty {
      let names: Set<String>
      do throws(SelectionError) {
        names = Set(try Selection(topicQueries: queries).resolveTopics(in: framework).map(\.name))
      } catch {
        throw error.usageError
      }
      diff.topics.removeAll { !names.contains($0.topic.name) }
    }

    let includesExamples = arguments.isSet(FrameworkOptions.examples)
    let isSideBySide = arguments.isSet(sideBySide)
    switch format {
    case .text where isSideBySide:
      // Columns need a width: into a pipe, without --width, that of a common terminal.
      let width = style.width ?? 80
      context.write(
        bytes: DiffTextRenderer.renderSideBySide(
          diff,
          includesExamples: includesExamples,
          style: TextStyle(width: width, usesColor: style.usesColor),
          width: width
        )
      )
    case .text:
      context.write(
        bytes: DiffTextRenderer.render(diff, includesExamples: includesExamples, style: style)
      )
    case .markdown where isSideBySide:
      context.write(
        bytes: DiffMarkdownRenderer.renderSideBySide(diff, includesExamples: includesExamples)
      )
    case .markdown:
      context.write(bytes: DiffMarkdownRenderer.render(diff, includesExamples: includesExamples))
    case .json:
      context.write(
        bytes: DiffJSONRenderer.render(
          diff,
          of: framework,
          source: loaded.file.source.path,
          includesExamples: includesExamples
        )
      )
    }
    return status(differs: diff.criterionCount > 0, arguments)
  }

  /// The level arguments, as messages name them.
  private static let fromPlaceholder = "<from>"
  private static let toPlaceholder = "<to>"

  /// A level argument: decimal digits, such as `3`; whether the framework has it is checked
  /// once the framework is loaded.
  private static func level(_ text: String, for argument: String) throws(UsageError) -> Int {
    guard let level = Selection.level(parsing: text[...]) else {
      throw UsageError(
        .invalidArgument(text, argument: argument, expected: "a level, such as '3'")
      )
    }
    return level
  }

  /// The usage error for levels the framework cannot compare, worded as `show` words a
  /// `--level` outside the framework.
  private static func usageError(
    for error: LevelDiffError,
    from: Int,
    in framework: Framework
  ) -> UsageError {
    switch error {
    case .levelOutsideFramework(let level, _, _):
      let outside = SelectionError.levelOutOfRange(
        level...level,
        framework: framework.name,
        available: framework.levels
      )
      return UsageError(
        .invalidArgument(
          String(level),
          argument: level == from ? fromPlaceholder : toPlaceholder,
          expected: outside.expected
        )
      )
    case .sameLevel(let level):
      return UsageError(
        .invalidArgument(
          String(level),
          argument: toPlaceholder,
          expected: "a level other than \(level), the level compared from"
        )
      )
    }
  }
}
