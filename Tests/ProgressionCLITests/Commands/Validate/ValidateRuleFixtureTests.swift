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
    try ruleIDs(of: [path])
  }

  /// The rule ids of the findings about `paths`, checked in one run.
  private func ruleIDs(of paths: [String]) throws -> [String] {
    let run = ToolRun(["validate", "-f", "json"] + paths)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
    )
    let findings = try #require(json["findings"] as? [[String: Any]])
    return findings.compactMap { $0["rule"] as? String }
  }

  /// The rules that look past one file, whose fixtures sit in `site/` beside a generic.
  static let siteRules: Set<ValidationRule> = [
    .hiddenTopicTitle, .missingTopicTitle, .duplicateSitePath,
  ]

  /// The files to check together for `rule`'s fixture.
  static func fixturePaths(for rule: ValidationRule) -> [String] {
    let folder = "Fixtures/validate/rules/" + (siteRules.contains(rule) ? "site/" : "")
    let name = rule == .encoding ? "encoding-bom" : rule.id
    // A path is claimed twice only by two files of one run.
    let first = rule == .duplicateSitePath ? [folder + "duplicate-site-path-first.md"] : []
    return first + [folder + name + ".md"]
  }

  @Test(arguments: ValidationRule.checks)
  func aFixtureTriggersEachRule(_ rule: ValidationRule) throws {
    let ids = try ruleIDs(of: Self.fixturePaths(for: rule))
    #expect(!ids.isEmpty)
    #expect(Set(ids) == [rule.id])
  }

  @Test func theSiteFixturesAloneAndTheirGenericAreClean() throws {
    let folder = "Fixtures/validate/rules/site/"
    for name in ["generic.md", "duplicate-site-path-first.md", "duplicate-site-path.md"] {
      #expect(try ruleIDs(of: [folder + name]) == [], "\(name)")
    }
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
      ValidationRule.checks.filter { $0 != .encoding && !Self.siteRules.contains($0) }
      .map { "\($0.id).md" }
      + ["encoding-bom.md", "encoding-line-endings.md", "invalid-utf8.md", "yaml-syntax.md"]
      + ["missing-title.md", "site"]
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
