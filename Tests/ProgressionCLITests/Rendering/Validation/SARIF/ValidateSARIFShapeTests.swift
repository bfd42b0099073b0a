import Foundation
import ProgressionCLI
import ProgressionCore
import TestSupport
import Testing

/// `validate --format sarif` has the shape SARIF 2.1.0 requires: the required properties,
/// 1-based regions whose end is not before their start, rule indexes that point at the rule of
/// the same id, and one result per finding of the JSON output, with the same rule, level and
/// line.
@Suite struct ValidateSARIFShapeTests {
  typealias Object = [String: Any]

  static let runs: [[String]] = [
    ["Fixtures/validate/sarif/mixed.md", "Fixtures/validate/sarif/missing.md"],
    ["Fixtures/validate/rules"],
    [PackagePaths.seedFromTestTarget],
    ["--strict", "Fixtures/validate/rules/level-order.md"],
    ["Fixtures/validate/clean.md"],
  ]

  @Test(arguments: runs)
  func isSARIF210(_ arguments: [String]) throws {
    let log = try object(ToolRun(["validate", "-f", "sarif"] + arguments).standardOutput)
    #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
    #expect(log["version"] as? String == "2.1.0")
    let runs = try #require(log["runs"] as? [Object])
    try #require(runs.count == 1)
    let run = runs[0]
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let driver = try #require((run["tool"] as? Object)?["driver"] as? Object)
    #expect(driver["name"] as? String == "progression")
    let rules = try #require(driver["rules"] as? [Object])
    let ruleIDs = try rules.map { try #require($0["id"] as? String) }
    #expect(Set(ruleIDs).count == ruleIDs.count)
    for rule in rules {
      #expect(try text(rule["shortDescription"]).isEmpty == false)
      let level = (rule["defaultConfiguration"] as? Object)?["level"] as? String
      #expect(["error", "warning", "note"].contains(level ?? ""))
    }

    let results = try #require(run["results"] as? [Object])
    for result in results {
      let ruleID = try #require(result["ruleId"] as? String)
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(ruleIDs.indices.contains(index) && ruleIDs[index] == ruleID)
      #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
      #expect(try text(result["message"]).isEmpty == false)
      let locations = try #require(result["locations"] as? [Object])
      try #require(locations.count == 1)
      try expectLocation(locations[0])
      for related in result["relatedLocations"] as? [Object] ?? [] {
        try expectLocation(related)
        #expect(try text(related["message"]).isEmpty == false)
      }
      for fix in result["fixes"] as? [Object] ?? [] {
        let changes = try #require(fix["artifactChanges"] as? [Object])
        #expect(!changes.isEmpty)
        for change in changes {
          try expectURI((change["artifactLocation"] as? Object)?["uri"])
          let replacements = try #require(change["replacements"] as? [Object])
          #expect(!replacements.isEmpty)
          for replacement in replacements {
            try expectRegion(replacement["deletedRegion"])
            _ = try text(replacement["insertedContent"])
          }
        }
      }
    }

    // The same findings as the JSON output, in the same order.
    let json = try object(ToolRun(["validate", "-f", "json"] + arguments).standardOutput)
    let findings = try #require(json["findings"] as? [Object])
    #expect(results.map { $0["ruleId"] as? String } == findings.map { $0["rule"] as? String })
    #expect(results.map { $0["level"] as? String } == findings.map { $0["severity"] as? String })
    let startLines = results.map { result -> Int? in
      let location = (result["locations"] as? [Object])?.first?["physicalLocation"] as? Object
      return (location?["region"] as? Object)?["startLine"] as? Int
    }
    #expect(startLines == findings.map { $0["line"] as? Int })
    #expect(
      results.filter { $0["fixes"] != nil }.count == findings.filter { $0["fix"] is Object }.count
    )
  }

  @Test func everyRuleOfTheRegistryIsADriverRuleInOrder() throws {
    let log = try object(
      ToolRun(["validate", "-f", "sarif", "Fixtures/validate/clean.md"]).standardOutput
    )
    let run = try #require((log["runs"] as? [Object])?.first)
    let driver = try #require((run["tool"] as? Object)?["driver"] as? Object)
    let ids = (driver["rules"] as? [Object])?.compactMap { $0["id"] as? String }
    #expect(ids == ValidationRule.all.map(\.id))
  }

  private func object(_ text: String) throws -> Object {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? Object)
  }

  /// The `text` of a SARIF message object.
  private func text(_ message: Any?) throws -> String {
    try #require((message as? Object)?["text"] as? String)
  }

  private func expectLocation(_ location: Object) throws {
    let physical = try #require(location["physicalLocation"] as? Object)
    try expectURI((physical["artifactLocation"] as? Object)?["uri"])
    if let region = physical["region"] { try expectRegion(region) }
  }

  /// A relative URI: no leading slash or `./`, nothing left unencoded.
  private func expectURI(_ value: Any?) throws {
    let uri = try #require(value as? String)
    #expect(!uri.isEmpty && !uri.hasPrefix("/") && !uri.hasPrefix("./"), "\(uri)")
    #expect(!uri.contains(" "), "\(uri)")
  }

  private func expectRegion(_ value: Any?) throws {
    let region = try #require(value as? Object)
    let startLine = try #require(region["startLine"] as? Int)
    let startColumn = try #require(region["startColumn"] as? Int)
    let endLine = try #require(region["endLine"] as? Int)
    let endColumn = try #require(region["endColumn"] as? Int)
    #expect(startLine >= 1 && startColumn >= 1 && endColumn >= 1)
    #expect(endLine > startLine || (endLine == startLine && endColumn >= startColumn))
  }
}
