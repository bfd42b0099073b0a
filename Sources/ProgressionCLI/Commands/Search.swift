import ProgressionCore

/// `progression search <terms>...`: finds criteria, examples and topic titles in every framework
/// the tool can find, as `list` finds them.
enum Search: Command {
  static let framework = OptionSpecification.repeatable(
    "framework",
    valueName: "framework",
    help: "Search only this framework (repeatable): a name as 'list' shows it, or a path."
  )

  static let topic = OptionSpecification.repeatable(
    "topic",
    valueName: "topic",
    help: "Search only topics whose name or title matches this, as terms match (repeatable)."
  )

  static let level = OptionSpecification.value(
    "level",
    valueName: "levels",
    help: "Search only this level, such as 3, or a range, such as 2-4."
  )

  static let terms = PositionalSpecification(
    "terms",
    help: "What to find: every term must match; quote several words to find them as a phrase.",
    isRepeating: true
  )

  static let specification = CommandSpecification(
    name: "search",
    abstract: "Find criteria, examples and topics that mention some words, in every framework.",
    discussion: """
      Frameworks are found as 'list' finds them, each searched as its site shows it, with
      what it inherits from its 'generic' framework (marked '(inherited)'). A term matches
      the start of a word, ignoring case and accents: 'review' finds 'Reviews', 'cafe' finds
      'Café'. Every term must match the same text; a quoted phrase, such as "code review",
      must match consecutive words, all but the last whole. Topic titles are searched unless
      --level is given. Exit status: 0 when something matched, 5 when nothing did, 1 when a
      framework could not be read, 2 for a bad command line.
      """,
    options: [
      framework, topic, level, FrameworkOptions.format, FrameworkOptions.width,
      FrameworkOptions.color, FrameworkOptions.dir, List.noBuiltIn,
    ],
    positionals: [terms],
    examples: [
      .init("progression search review", "Where any framework talks of reviews or reviewing."),
      .init(
        "progression search \"code review\" --framework backend --level 3",
        "A phrase, in one framework, at one level."
      ),
      .init("progression search mentor --format json", "Every hit, for programs."),
    ]
  )

  static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitStatus {
    let format = FrameworkOptions.outputFormat(arguments)
    let colorMode = FrameworkOptions.colorMode(arguments, in: context)
    let requestedWidth = try FrameworkOptions.columns(arguments)
    let search = try frameworkSearch(arguments)

    var catalog = FrameworkOptions.catalog(arguments, in: context)
    catalog.includesBuiltIns = !arguments.isSet(List.noBuiltIn)
    var status = ExitStatus.success
    var searched: [ReachableFramework] = []
    let names = arguments.values(of: framework)
    if names.isEmpty {
      do throws(FrameworkCatalogError) {
        searched = try catalog.reachableFrameworks()
      } catch {
        try FrameworkOptions.report(error, in: context)
        return .failure
      }
    } else {
      for name in names {
        let loaded = Result { () throws(FrameworkCatalogError) in try catalog.load(name) }
        let path = (try? loaded.get())?.file.source.path
        guard path == nil || !searched.contains(where: { $0.path == path }) else { continue }
        searched.append(ReachableFramework(name: name, path: path ?? name, framework: loaded))
      }
    }

    context.keepAlive.keep(searched)
    var results = SearchResults(
      terms: search.query.terms.map(\.text),
      frameworkCount: 0,
      hits: []
    )
    // Frameworks that share a `generic` share its omissions: each is said once.
    var omissions: [Diagnostic] = []
    for reachable in searched {
      switch reachable.framework {
      case .success(let loaded):
        omissions += loaded.omissions
        results.frameworkCount += 1
        results.hits += search.hits(
          in: loaded.framework,
          name: reachable.name,
          source: reachable.path
        )
      case .failure(let error):
        try FrameworkOptions.report(error, in: context)
        status = .failure
      }
    }
    FrameworkOptions.reportOmissions(omissions, in: context)

    switch format {
    case .text:
      let style = Terminal(standardOutputOf: context.environment)
        .textStyle(color: colorMode, width: requestedWidth)
      context.write(bytes: SearchTextRenderer.render(results, style: style))
    case .markdown:
      context.write(bytes: SearchMarkdownRenderer.render(results))
    case .json:
      context.write(bytes: SearchJSONRenderer.render(results))
    }
    if status == .success && results.hits.isEmpty { status = .nothingFound }
    return status
  }

  /// The search the command line asks for.
  ///
  /// - Throws: `UsageError` for a term or `--topic` without a letter or digit, or a malformed
  ///   `--level`.
  private static func frameworkSearch(
    _ arguments: ParsedArguments
  ) throws(UsageError) -> FrameworkSearch {
    func query(_ texts: [String], option: String?) throws(UsageError) -> SearchQuery {
      do throws(SearchQueryError) {
        return try SearchQuery(terms: texts)
      } catch {
        switch error {
        case .noTerms: throw UsageError(.missingArgument(terms.placeholder))
        case .noWords(let text):
          let expected = "a word to find: letters or digits"
          guard let option else {
            throw UsageError(
              .invalidArgument(text, argument: terms.placeholder, expected: expected)
            )
          }
          throw UsageError(.invalidValue(text, option: option, expected: expected))
        }
      }
    }
    var search = FrameworkSearch(query: try query(arguments.values(of: terms), option: nil))
    for text in arguments.values(of: topic) {
      search.topics.append(try query([text], option: topic.longForm))
    }
    do throws(SelectionError) {
      search.levels = try arguments.value(of: level).map(Selection.levels(parsing:))
    } catch {
      throw error.usageError
    }
    return search
  }
}
