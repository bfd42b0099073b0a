import Foundation
import ProgressionCore
import Testing
import YAMLSubset

/// Holds `show --format json` to a small, independent reading of the framework site's rules
/// (its levelled renderer), over every framework of the company fixture tree at every level:
/// for each topic in the framework's order, its own `criteria`, then its `exampleCriteria`,
/// then the `criteria` of generic's topic of the same name, under generic's title; topics with
/// nothing at the level left out; generic itself inheriting nothing; content at levels outside
/// `1...levels` never shown.
@Suite struct SiteRulesReferenceTests {
  /// One criterion as the site shows it: its topic's title, its text, whether from generic.
  struct Shown: Hashable, CustomStringConvertible {
    var title: String
    var text: String
    var inherited: Bool
    var description: String { "\(title) | \(text)\(inherited ? " (inherited)" : "")" }
  }

  static let tree = "Fixtures/company/frameworks"
  static let frameworks = [
    "generic", "engineering/backend", "engineering/web", "engineering/web-legacy",
    "product design/designer", "operations/ops-leadership", "platform/backend",
  ]

  /// The front matter of a fixture file, parsed by the YAML parser alone.
  static func frontMatter(_ relativePath: String) throws -> YAMLNode.Mapping {
    let url = TestPaths.testDirectory.appending(path: tree + "/" + relativePath + ".md")
    let bytes = Array(try Data(contentsOf: url))
    let text = String(decoding: bytes, as: UTF8.self)
    let end = try #require(
      text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 4)..<text.endIndex)
    )
    let yaml = Array(text[text.index(text.startIndex, offsetBy: 4)..<end.lowerBound].utf8)
    return try #require(try YAMLParser.parse(yaml)?.mapping)
  }

  static func string(_ node: YAMLNode?) -> String? {
    guard let scalar = node?.scalar, !scalar.isNull else { return nil }
    return scalar.text
  }

  static func entries(of topic: YAMLNode.Mapping, level: Int, key: String) -> [YAMLNode] {
    (topic["content"]?.sequence?.items ?? []).compactMap(\.mapping)
      .filter { Int(string($0["level"]) ?? "") == level }
      .flatMap { $0[key]?.sequence?.items ?? [] }
  }

  /// What the site shows of `framework` at `level`, by the rules above.
  static func expected(_ framework: String, level: Int) throws -> [Shown] {
    let page = try frontMatter(framework)
    let generic = try frontMatter("generic")
    let topics = (page["topics"]?.sequence?.items ?? []).compactMap(\.mapping)
    let genericTopics = (generic["topics"]?.sequence?.items ?? []).compactMap(\.mapping)
    let names = Set(topics.compactMap { string($0["name"]) })
    let isGeneric = names == Set(genericTopics.compactMap { string($0["name"]) })
    var shown: [Shown] = []
    for topic in topics {
      let name = string(topic["name"]) ?? ""
      let genericTopic = genericTopics.first { string($0["name"]) == name }
      let title =
        string(genericTopic?["title"]) ?? string(topic["title"])
        ?? name.prefix(1).uppercased() + name.dropFirst()
      for item in entries(of: topic, level: level, key: "criteria") {
        shown.append(Shown(title: title, text: string(item) ?? "", inherited: false))
      }
      for item in entries(of: topic, level: level, key: "exampleCriteria") {
        let text = string(item.mapping?["criteria"]) ?? ""
        shown.append(Shown(title: title, text: text, inherited: false))
      }
      guard let genericTopic, !isGeneric else { continue }
      for item in entries(of: genericTopic, level: level, key: "criteria") {
        shown.append(Shown(title: title, text: string(item) ?? "", inherited: true))
      }
    }
    return shown
  }

  /// What `show --format json` prints for `framework` at `level`.
  static func actual(_ framework: String, level: Int) throws -> [Shown] {
    let run = ToolRun(["show", "--dir", tree, framework, "--level", String(level), "-f", "json"])
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
    )
    let topics = try #require(document["topics"] as? [[String: Any]])
    var titles: [String: String] = [:]
    for topic in topics {
      titles[try #require(topic["name"] as? String)] = topic["title"] as? String
    }
    let criteria = try #require(document["criteria"] as? [[String: Any]])
    return try criteria.map { criterion in
      Shown(
        title: titles[try #require(criterion["topic"] as? String)] ?? "",
        text: try #require(criterion["text"] as? String),
        inherited: try #require(criterion["inherited"] as? Bool)
      )
    }
  }

  @Test(arguments: frameworks)
  func showMatchesTheSiteAtEveryLevel(framework: String) throws {
    let levels = try #require(Int(Self.string(try Self.frontMatter(framework)["levels"]) ?? ""))
    for level in 1...levels {
      #expect(
        try Self.actual(framework, level: level) == (try Self.expected(framework, level: level)),
        "level \(level)"
      )
    }
  }

  @Test func levelsBeyondTheFrameworksAreNotOffered() {
    let run = ToolRun(["show", "--dir", Self.tree, "ops-leadership", "--level", "3"])
    #expect(run.status == .usageError)
  }
}
