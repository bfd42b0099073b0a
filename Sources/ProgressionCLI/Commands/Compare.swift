import ProgressionCore

/// `progression compare <a> <b>`: two frameworks (disciplines) side by side, topic by topic and
/// level by level: what both expect, what only one expects, and how much they overlap.
///
/// The comparing is done by `FrameworkComparison`; this command loads both frameworks as `show`
/// reads them (with what they inherit), checks `--level` against both and renders.
enum Compare: Command {
  static let level = OptionSpecification.value(
    "level",
    valueName: "levels",
    help: "Compare one level, such as 3, or a range, such as 2-4; each must be in both."
  )

  static let first = PositionalSpecification(
    "a",
    help: "The first framework (left column): a name, a file, or '-' for standard input."
  )
  .completing(.frameworks)

  static let second = PositionalSpecification(
    "b",
    help: "The second framework (right column): a name, a file, or '-' for standard input."
  )
  .completing(.frameworks)

  static let specification = CommandSpecification(
    name: "compare",
    abstract: "Compare two frameworks side by side: what both expect, what only one does.",
    discussion: """
      For each topic of either framework (matched by name), level by level, compare lists
      the criteria both expect, marked '=' when the text is the same and '~' when it is
      reworded (at least half the same words in order, as diff finds rewordings; the words
      that differ are marked [-a's-] and {+b's+}), then those only <a> expects ('<') and
      those only <b> expects ('>'). A criterion at another level in the other framework is
      not the same criterion there: it is listed at both levels. Each framework is read as
      its site shows it, with what it inherits from its folder's 'generic' (marked
      '(inherited)'); examples are not compared.

      The overlap is the criteria both expect over all the criteria either expects, a
      shared pair counted once: shared / (shared + only a + only b), rounded down, so 100%
      means the same criteria. It is given for each topic and for the whole comparison.

      Every level of either framework is compared; a level only one has lists all its
      criteria as only in that one. --level picks levels that both frameworks must have:
      a level one of them lacks is a usage error (exit 2), since there is nothing of it
      to compare. A prose-only framework (yaml: false) has no criteria: everything is only
      in the other one. Comparing a framework with itself shows every criterion the same.

      Text puts the two frameworks in two columns, like 'diff --side-by-side', when the
      width (--width, else the terminal's) is at least 100 columns, and in one column
      otherwise, or into a pipe. JSON follows the schema in the README.
      """,
    options: [
      level, FrameworkOptions.format, FrameworkOptions.width, FrameworkOptions.color,
      FrameworkOptions.dir,
    ],
    positionals: [first, second],
    examples: [
      .init("progression compare backend mobile", "How the two ladders differ, level by level."),
      .init(
        "progression compare backend mobile --level 3",
        "What level 3 of each expects, and what both do."
      ),
      .init(
        "progression compare backend mobile -f markdown > ladders.md",
        "The comparison as Markdown tables, to paste into a document."
      ),
    ]
  )

  static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitStatus {
    let format = FrameworkOptions.outputFormat(arguments)
    let colorMode = FrameworkOptions.colorMode(arguments, in: context)
    let requestedWidth = try FrameworkOptions.columns(arguments)
    let levels: ClosedRange<Int>?
    do throws(SelectionError) {
      levels = try arguments.value(of: level).map(Selection.levels(parsing:))
    } catch {
      throw error.usageError
    }
    if arguments[first] == "-" && arguments[second] == "-" {
      throw UsageError(
        .invalidArgument(
          "-",
          argument: second.placeholder,
          expected: "a framework other than standard input, which <a> already reads"
        )
      )
    }

    guard
      let loaded = try FrameworkOptions.loadFrameworks(
        [arguments[first], arguments[second]],
        inheriting: true,
        arguments,
        in: context
      ),
      let a = loaded.first,
      let b = loaded.last
    else { return .failure }
    if let levels {
      for framework in [a.framework, b.framework] {
        guard let available = framework.levels, available.contains(levels) else {
          throw levelError(levels, missingFrom: framework)
        }
      }
    }

    let report = ComparisonReport(
      a: ComparisonReport.Side(a, argument: arguments[first]),
      b: ComparisonReport.Side(b, argument: arguments[second]),
      comparison: FrameworkComparison(a.framework, b.framework, levels: levels)
    )
    switch format {
    case .text:
      let style = Terminal(standardOutputOf: context.environment)
        .textStyle(color: colorMode, width: requestedWidth)
      context.write(bytes: CompareTextRenderer.render(report, style: style))
    case .markdown:
      context.write(bytes: CompareMarkdownRenderer.render(report))
    case .json:
      context.write(bytes: CompareJSONRenderer.render(report))
    }
    return .success
  }

  /// The usage error for `--level` values that `framework` does not have.
  private static func levelError(
    _ levels: ClosedRange<Int>,
    missingFrom framework: Framework
  ) -> UsageError {
    let outside = SelectionError.levelOutOfRange(
      levels,
      framework: framework.name,
      available: framework.levels
    )
    return UsageError(
      .invalidValue(
        outside.value,
        option: level.longForm,
        expected: outside.expected + "; compare needs levels both frameworks have"
      )
    )
  }
}
