import Foundation
import ProgressionCLI
import ProgressionCore
import Testing

/// Each fixture in `Fixtures/validate/rules` triggers the rule it is named after, and nothing
/// else; the clean fixture triggers nothing.
@Suite struct ValidateRuleFixtureTests {
  static let directory = TestPaths.fixtures.appending(path: "validate/rules")

  /// The rule ids of a fixture's findings, in order, from the JSON output.
  private func ruleIDs(of path: String) throws -> [String] {
    let run = ToolRun(["validate", "-f", "json", path])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
    )
    let findings = try #require(json["findings"] as? [[String: Any]])
    return findings.compactMap { $0["rule"] as? String }
  }

  @Test(arguments: ValidationRule.checks)
  func aFixtureTriggersEachRule(_ rule: ValidationRule) throws {
    let name = rule == .encoding ? "encoding-bom" : rule.id
    let ids = try ruleIDs(of: "Fixtures/validate/rules/\(name).md")
    #expect(!ids.isEmpty)
    #expect(Set(ids) == [rule.id])
  }

  @Test func theOtherFixturesTriggerWhatTheyAreNamedFor() throws {
    #expect(try ruleIDs(of: "Fixtures/validate/rules/encoding-line-endings.md") == ["encoding"])
    #expect(try ruleIDs(of: "Fixtures/validate/rules/invalid-utf8.md") == ["invalid-utf8"])
    #expect(try ruleIDs(of: "Fixtures/validate/rules/yaml-syntax.md") == ["yaml-syntax"])
    // A shape error is reported, and the rest of the file still checked.
    #expect(
      try ruleIDs(of: "Fixtures/validate/rules/missing-title.md") == [
        "missing-title", "whitespace",
      ]
    )
  }

  @Test func everyFixtureIsAccountedFor() throws {
    let names = try FileManager.default.contentsOfDirectory(
      atPath: Self.directory.path(percentEncoded: false)
    )
    let expected =
      ValidationRule.checks.filter { $0 != .encoding }.map { "\($0.id).md" }
      + ["encoding-bom.md", "encoding-line-endings.md", "invalid-utf8.md", "yaml-syntax.md"]
      + ["missing-title.md"]
    #expect(names.sorted() == expected.sorted())
  }

  @Test func theCleanFixtureAndTheRepositorysFrameworksTriggerNothing() {
    let clean = ToolRun(["validate", "Fixtures/validate/clean.md"])
    #expect(clean.status == .success)
    #expect(clean.standardOutput == "no problems in 1 file\n")
    let repository = ToolRun(["validate", "--strict", "../../frameworks"])
    #expect(repository.status == .success)
    #expect(repository.standardOutput == "no problems in 1 file\n")
  }

  @Test func theHelpListsEveryRule() {
    let help = ToolRun(["validate", "--help"]).standardOutput
      .replacingOccurrences(of: "\n", with: " ")
    for rule in ValidationRule.checks {
      #expect(help.contains(rule.id), "\(rule.id)")
    }
  }
}
