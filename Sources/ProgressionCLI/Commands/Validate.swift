import ProgressionCore

/// `progression validate [PATH...]`: checks framework files and reports every finding, with a
/// severity, a rule id and the line and column concerned; the command CI runs on each change.
///
/// The command reads its options and the paths, and drives a `ValidationRun` (in Core) over
/// the files found, rendering each file's findings as soon as it is checked.
enum Validate: Command {
  static let format = OptionSpecification.value(
    "format",
    short: "f",
    help: "Print 'text' (like a compiler), 'json' (for programs), 'github' (annotations on "
      + "a pull request) or 'sarif' (SARIF 2.1.0, for code scanning).",
    defaultValue: ValidationOutput.Format.text.rawValue,
    choices: ValidationOutput.Format.allCases.map(\.rawValue)
  )

  static let quiet = OptionSpecification.flag(
    "quiet",
    short: "q",
    help: "Print the findings only: no summary, and nothing at all when there are none "
      + "(text and github formats)."
  )

  static let strict = OptionSpecification.flag(
    "strict",
    help: "Treat warnings as errors: report them as errors and fail on them."
  )

  static let fix = OptionSpecification.flag(
    "fix",
    help: "Repair what is certain (mojibake, spaces at the ends of quoted texts, tabs after "
      + "indicators, invisible characters), then report what is left."
  )

  static let dryRun = OptionSpecification.flag(
    "dry-run",
    help: "Print what --fix would change as a unified diff, and change nothing."
  )

  static let breakHardLinks = OptionSpecification.flag(
    "break-hard-links",
    help: "Let --fix replace a file that has several hard links; its other names keep the old "
      + "contents."
  )

  static let rule = OptionSpecification.repeatable(
    "rule",
    valueName: "rule",
    help: "Report only this rule's findings; repeat it for several rules."
  )
  .completing(.values(ValidationRule.checks.map(\.id)))

  static let ignore = OptionSpecification.repeatable(
    "ignore",
    valueName: "rule",
    help: "Leave out this rule's findings; repeat it for several rules."
  )
  .completing(.values(ValidationRule.checks.map(\.id)))

  static let paths = PositionalSpecification(
    "path",
    help: "A framework file, a folder to search, or '-' for standard input; './frameworks' "
      + "when none is given.",
    isOptional: true,
    isRepeating: true
  )
  .completing(.files)

  /// The folder checked when no path is given.
  static let defaultDirectory = "frameworks"

  /// The ids `--rule` and `--ignore` accept, as help lists them: `a, b and c`.
  private static var selectableRuleList: String {
    let ids = ValidationRule.checks.map(\.id)
    return ids.dropLast().joined(separator: ", ") + " and " + (ids.last ?? "")
  }

  static let specification = CommandSpecification(
    name: "validate",
    abstract: "Check framework files and report every problem found.",
    discussion: """
      Checks each file given, whatever its name, and each .md, .markdown, .yml and .yaml file
      (in any case) in the folders given, searched recursively in path order; names that
      start with a dot, node_modules folders and Markdown files that do not look like a
      framework (a README) are skipped, and links to folders are not followed. With no path, ./frameworks is checked.
      Each finding has a severity, a rule id in brackets and the line and column concerned.
      Files that cannot be read as frameworks are always reported; --rule and --ignore pick
      among the other rules: \(selectableRuleList). The last three read a file as its site
      does: with the nearest generic framework in its folder or above, up to its
      repository's root, and with the other files of the run. '-' checks standard input.

      Exit status: 0 when there is no error (warnings allowed), 1 when there is one, 2 for a
      bad command line, 4 when the report cannot be written. With --strict, warnings are
      errors.

      --fix repairs mojibake, spaces at the ends of quoted criteria and examples, tabs after
      '-' and ':', and invisible characters in verbatim criteria and examples, and nothing
      else: it rewrites only those bytes, through a temporary file in the same folder
      renamed over the original, then reports what is left. A symbolic link is followed and
      kept. A file that cannot be written is reported and left as it was, and so are: what is
      not a regular file (a FIFO, a device, /dev/stdin on a pipe), a file changed since it was
      read, and a file with several hard links unless --break-hard-links is given. An
      interrupted --fix (SIGTERM, SIGINT, SIGHUP) removes its temporary file.
      """,
    options: [
      format, quiet, strict, fix, dryRun, breakHardLinks, rule, ignore, FrameworkOptions.color,
    ],
    positionals: [paths],
    examples: [
      .init("progression validate", "Check every framework in ./frameworks."),
      .init(
        "progression validate --strict --format github",
        "In CI: annotations on a pull request, failing on warnings too."
      ),
      .init(
        "progression validate --format sarif > frameworks.sarif",
        "A SARIF log for code scanning."
      ),
      .init(
        "progression validate --fix --dry-run docs/",
        "Show what --fix would change in docs/, as a unified diff."
      ),
      .init(
        "progression validate --ignore duplicate-criterion -q",
        "Every rule but one, printing the findings only."
      ),
    ]
  )

  static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitStatus {
    let format =
      arguments.value(of: format).flatMap(ValidationOutput.Format.init(rawValue:)) ?? .text
    if arguments.isSet(quiet), format.isDocument {
      throw UsageError(.incompatibleOption(quiet.longForm, with: "'--format \(format.rawValue)'"))
    }
    let colorMode = FrameworkOptions.colorMode(arguments, in: context)
    let options = ValidationRun.Options(
      isStrict: arguments.isSet(strict),
      fixes: arguments.isSet(fix) || arguments.isSet(dryRun),
      isDryRun: arguments.isSet(dryRun),
      rules: try ruleIDs(arguments.values(of: rule), for: rule),
      ignoredRules: try ruleIDs(
        arguments.values(of: ignore),
        for: ignore,
        besides: rule,
        arguments
      ),
      keepsSources: format.needsSources
    )
    let requested = arguments.values(of: paths)
    let search = FrameworkFileSearch(currentDirectory: context.environment.currentDirectory)
    let items = search.items(for: requested.isEmpty ? [defaultDirectory] : requested)
    if requested.isEmpty, case .unreadable(let error) = items.first, items.count == 1 {
      context.reportError(
        "\(error.message); pass the framework files or folders to check, such as "
          + "'progression validate docs/frameworks'"
      )
      return .failure
    }
    guard !items.isEmpty else {
      let folders = (requested.isEmpty ? [defaultDirectory] : requested).map { "'\($0)'" }
      context.reportError(
        "no framework files (.md, .yml, .yaml) in \(folders.joined(separator: ", ")); "
          + "pass the files or folders to check"
      )
      return .failure
    }

    var report = ValidationReport(isDryRun: options.isDryRun)
    let run = ValidationRun(
      options: options,
      writer: AtomicFileWriter(breaksHardLinks: arguments.isSet(breakHardLinks)),
      siteChecks: SiteChecks(
        currentDirectory: context.environment.currentDirectory,
        keepingDocumentsIn: context.keepAlive
      ),
      hardLinkAdvice: "pass \(breakHardLinks.longForm) to replace it anyway",
      keepingDocumentsIn: context.keepAlive
    )
    var output = ValidationOutput(
      format: format,
      usesColor: Terminal(standardOutputOf: context.environment).usesColor(colorMode),
      isQuiet: arguments.isSet(quiet),
      currentDirectory: context.environment.currentDirectory
    )
    for item in items {
      var file: ValidationReport.File
      switch item {
      case .file(let path, let accessPath):
        file = run.check(path: path, accessPath: accessPath)
      case .unreadable(let error):
        file = run.unreadable(path: error.path, message: error.message)
      case .standardInput:
        guard !options.fixes || options.isDryRun else {
          throw UsageError(
            .incompatibleOption(fix.longForm, with: "standard input ('-'); use --dry-run")
          )
        }
        file = run.check(
          path: SourceFile.standardInputPath,
          accessPath: nil,
          standardInput: context.environment.standardInput.read
        )
      }
      context.write(output.render(file))
      file.source = []
      file.lines = nil
      report.files.append(file)
    }
    context.write(bytes: output.renderEnd(of: report))
    return report.errorCount > 0 ? .failure : .success
  }

  /// The values of `--rule` or `--ignore`, each the id of a rule.
  ///
  /// - Parameter other: the option whose rules these must not repeat (`--rule` for
  ///   `--ignore`): a rule both asked for and left out would check nothing.
  private static func ruleIDs(
    _ values: [String],
    for option: OptionSpecification,
    besides other: OptionSpecification? = nil,
    _ arguments: ParsedArguments? = nil
  ) throws(UsageError) -> Set<String> {
    if let other, let arguments,
      let both = values.first(where: arguments.values(of: other).contains)
    {
      throw UsageError(.incompatibleOption(option.longForm, with: "'\(other.longForm) \(both)'"))
    }
    let ids = ValidationRule.checks.map(\.id)
    for value in values where !ids.contains(value) {
      let hint =
        EditDistance.suggestion(for: value, among: ids).map { "; did you mean '\($0)'?" }
        ?? ", as 'progression validate --help' lists them"
      throw UsageError(.invalidValue(value, option: option.longForm, expected: "a rule id" + hint))
    }
    return Set(values)
  }
}
