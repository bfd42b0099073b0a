import Foundation
import ProgressionCore
import Testing

@testable import ProgressionCLI

@Suite struct DiffJSONRendererTests {
  private func object(_ bytes: [UInt8]) throws -> [String: Any] {
    #expect(bytes.last == UInt8(ascii: "\n"))
    let value = try JSONSerialization.jsonObject(with: Data(bytes))
    return try #require(value as? [String: Any])
  }

  /// The JSON of the sample framework's diff from level `from` to `to`.
  private func levels(
    _ from: Int,
    _ to: Int,
    source: String? = nil,
    examples: Bool
  ) throws -> [String: Any] {
    let diff = try LevelDiff(framework: DiffSamples.framework, from: from, to: to)
    return try object(
      DiffJSONRenderer.render(
        diff,
        of: DiffSamples.framework,
        source: source,
        includesExamples: examples
      )
    )
  }

  @Test func levelDiffListsEveryTopicWithItsCriteria() throws {
    let json = try levels(2, 4, examples: true)
    #expect(json["schemaVersion"] as? Int == 1)
    #expect(json["kind"] as? String == "levels")
    #expect(json["direction"] as? String == "up")
    #expect(json["levels"] as? [Int] == [3, 4])
    let summary = try #require(json["summary"] as? [String: Int])
    #expect(summary == ["criteria": 4, "topics": 2])
    let topics = try #require(json["topics"] as? [[String: Any]])
    #expect(topics.map { $0["status"] as? String } == ["continuing", "starts-in-range"])
    #expect(topics.map { $0["startsAt"] as? Int } == [1, 3])
    let criteria = try #require(topics.first?["criteria"] as? [[String: Any]])
    #expect(criteria.map { $0["level"] as? Int } == [3, 4])
    #expect(criteria.first?["examples"] as? [String] == ["Reviews a PR within a day"])
    #expect(criteria.first?["exampleCriterion"] as? Bool == true)
    #expect(criteria.first?["topic"] as? String == "communication")
    let framework = try #require(json["framework"] as? [String: Any])
    #expect(framework["name"] as? String == "backend")
    #expect(framework["levels"] as? Int == 4)
    #expect(framework["topics"] as? Int == 2)
  }

  @Test func levelDiffLeavesExamplesOutUnlessAsked() throws {
    let json = try levels(2, 3, source: "backend.md", examples: false)
    let topics = try #require(json["topics"] as? [[String: Any]])
    let criteria = try #require(topics.first?["criteria"] as? [[String: Any]])
    #expect(criteria.first?["examples"] as? [String] == [])
    #expect((json["framework"] as? [String: Any])?["source"] as? String == "backend.md")
  }

  @Test func versionDiffListsEveryChangeWithTheSameKeys() throws {
    let json = try object(DiffJSONRenderer.render(DiffSamples.comparison))
    #expect(json["kind"] as? String == "versions")
    #expect(json["identical"] as? Bool == false)
    let summary = try #require(json["summary"] as? [String: Int])
    #expect(summary["added"] == 1)
    #expect(summary["removed"] == 1)
    #expect(summary["moved"] == 1)
    #expect(summary["reworded"] == 1)
    #expect(summary["examplesAdded"] == 1)
    #expect(summary["topicsRetitled"] == 1)
    #expect(summary["metadata"] == 1)
    #expect(summary["total"] == 7)
    let changes = try #require(json["changes"] as? [[String: Any]])
    let keys = [
      "kind", "topic", "level", "from", "line", "oldText", "newText", "criterion", "words",
      "examples",
    ]
    #expect(changes.allSatisfy { Set($0.keys) == Set(keys) })
    #expect(
      changes.map { $0["kind"] as? String } == [
        "added", "removed", "reworded", "moved", "example-added",
      ]
    )
    let reworded = changes[2]
    #expect(reworded["line"] as? Int == 12)
    let words = try #require(reworded["words"] as? [[String: String]])
    #expect(
      words == [
        ["op": "equal", "text": "Accepts feedback graciously"],
        ["op": "added", "text": "and acts on it"],
      ]
    )
    let moved = try #require(changes[3]["from"] as? [String: Any])
    #expect(moved["level"] as? Int == 4)
    #expect(changes[4]["criterion"] as? String == "Gives *timely* feedback to peers")
    let metadata = try #require(json["metadata"] as? [[String: String]])
    #expect(metadata == [["field": "title", "old": "🛠️ Backend", "new": "🛠️ Backend Engineering"]])
    let topics = try #require(json["topics"] as? [[String: String]])
    #expect(
      topics == [
        [
          "name": "leadership", "change": "retitled", "oldTitle": "👩‍💼 Leadership",
          "newTitle": "Leadership",
        ]
      ]
    )
  }

  @Test func identicalVersionsAreMarkedSo() throws {
    let same = VersionComparison(
      old: DiffSamples.framework,
      oldSource: "<stdin>",
      new: DiffSamples.framework,
      newSource: "b.md"
    )
    let json = try object(DiffJSONRenderer.render(same))
    #expect(json["identical"] as? Bool == true)
    #expect((json["changes"] as? [Any])?.isEmpty == true)
    #expect((json["old"] as? [String: Any])?["source"] as? String == "<stdin>")
  }
}
