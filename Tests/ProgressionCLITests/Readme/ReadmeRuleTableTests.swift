import Foundation
import ProgressionCore
import TestSupport
import Testing

/// The README's rules table is the registry of rules, row for row: id, severity, summary and
/// whether `--fix` repairs it, so the documentation cannot drift from what `validate` reports.
@Suite struct ReadmeRuleTableTests {
  /// The table as the registry says it should be.
  static var expectedTable: String {
    var table = "| id | severity | what it checks | `--fix` |\n|---|---|---|---|\n"
    for rule in ValidationRule.all {
      table += "| `\(rule.id)` | \(rule.severity.rawValue) | \(rule.summary) | "
      table += (rule.isFixable ? "yes" : "") + " |\n"
    }
    return table
  }

  @Test func theReadmesRuleTableIsTheRegistry() {
    let readme = ReadmeExampleTests.readmeText()
    let start = readme.range(of: "| id | severity | what it checks |")
    let table = start.map { start in
      let rest = readme[start.lowerBound...]
      let end = rest.range(of: "\n\n")?.lowerBound ?? rest.endIndex
      return String(rest[..<end]) + "\n"
    }
    #expect(
      table == Self.expectedTable,
      """
      README's rules table differs from ValidationRule.all (- README, + registry):
      \(LineDiff.render(from: table ?? "", to: Self.expectedTable))
      """
    )
  }
}
