import Foundation
import ProgressionCLI
import ProgressionCore
import Testing

/// The rules added for real repositories: their fixes repair exactly what they find, standard
/// input is checked, and `dump` points a Markdown file read as YAML at `--markdown`.
@Suite struct ValidateSiteRulesTests {
  /// Fixing a fixture's findings, then checking the fixed bytes, leaves none of that rule and
  /// changes nothing else.
  @Test(arguments: ["tab-after-indicator", "invisible-character"])
  func fixesRepairWhatTheyFind(rule: String) throws {
    let url = TestPaths.fixtures.appending(path: "validate/rules/\(rule).md")
    let bytes = Array(try Data(contentsOf: url))
    let findings = FrameworkValidator.validate(SourceFile(path: "f.md", bytes: bytes))
    #expect(findings.map(\.ruleID) == [rule])
    #expect(findings.allSatisfy { $0.fix != nil })
    let fixed = FixedFile(applying: findings, to: bytes)
    #expect(fixed.hasChanges)
    #expect(FrameworkValidator.validate(SourceFile(path: "f.md", bytes: fixed.bytes)).isEmpty)
    let before = String(decoding: bytes, as: UTF8.self)
    let after = String(decoding: fixed.bytes, as: UTF8.self)
    #expect(before.split(separator: "\n").count == after.split(separator: "\n").count)
  }

  @Test func aTabInsideAQuotedTextIsNotAnIndicator() {
    let text =
      "---\ntitle: \"a\tb\"\nlevels: 1\ntopics:\n  - name: x\n    title: X\n"
      + "    content:\n      - level: 1\n        criteria:\n          - \"c\td\"\n---\n"
    let findings = FrameworkValidator.validate(SourceFile(path: "f.md", bytes: Array(text.utf8)))
    #expect(!findings.contains { $0.ruleID == "tab-after-indicator" })
  }

  @Test func anInvisibleCharacterInAnEscapedTextIsFoundWithoutAFix() {
    let text =
      "---\ntitle: T\nlevels: 1\ntopics:\n  - name: x\n    title: X\n"
      + "    content:\n      - level: 1\n        criteria:\n          - \"a\\u200Bb\"\n---\n"
    let findings = FrameworkValidator.validate(SourceFile(path: "f.md", bytes: Array(text.utf8)))
    let invisible = findings.filter { $0.ruleID == "invisible-character" }
    #expect(invisible.count == 1)
    #expect(invisible.first?.fix == nil)
    #expect(invisible.first?.message.contains("U+200B") == true)
  }

  @Test func standardInputIsChecked() throws {
    let url = TestPaths.fixtures.appending(path: "validate/rules/tab-after-indicator.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    let run = ToolRun(["validate", "-"], standardInput: text)
    #expect(run.status == .success)
    #expect(run.standardOutput.hasPrefix("<stdin>:10:12: warning: a tab after '-'"))
    let dryRun = ToolRun(["validate", "--dry-run", "-"], standardInput: text)
    #expect(dryRun.standardOutput.contains("+          - \"Ships small changes with help\""))
    let fix = ToolRun(["validate", "--fix", "-"], standardInput: text)
    #expect(fix.status == .usageError)
    #expect(fix.standardError.hasPrefix("progression: error: option '--fix' cannot be used"))
  }
}
