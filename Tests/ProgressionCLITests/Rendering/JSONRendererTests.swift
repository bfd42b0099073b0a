import Foundation
import ProgressionCore
import TestSupport
import Testing

@testable import ProgressionCLI

struct JSONRendererTests {
  func render(
    _ selection: Selection,
    framework: Framework = SampleFrameworks.small
  ) throws -> [UInt8] {
    JSONRenderer.render(try selection.resolve(in: framework), source: "Fixtures/small.md")
  }

  func object(_ bytes: [UInt8]) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(bytes))
    return try #require(value as? [String: Any])
  }

  /// The keys of every object in `bytes`, in the order they appear.
  func keyOrder(_ bytes: [UInt8]) -> [String] {
    String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { line in
      let trimmed = line.drop { $0 == " " }
      guard trimmed.first == "\"", let end = trimmed.range(of: "\": ") else { return nil }
      return String(trimmed[trimmed.index(after: trimmed.startIndex)..<end.lowerBound])
    }
  }

  @Test func documentHasTheSchemaKeysInOrder() throws {
    let bytes = try render(Selection(levels: 1...1, topicQueries: ["impact"]))
    #expect(
      keyOrder(bytes) == [
        "schemaVersion", "framework", "name", "title", "levels", "topics", "path", "sidebarTitle",
        "sidebarGroup", "homepage", "proseOnly", "source", "selection", "levels", "topics", "by",
        "examples", "about", "inherited", "cumulative", "about", "topics", "name", "title",
        "criteria", "level",
        "topic", "text", "inherited", "exampleCriterion", "examples",
      ]
    )
    #expect(bytes.last == UInt8(ascii: "\n"))
  }

  @Test func carriesMetadataSelectionAndCriteria() throws {
    let bytes = try render(Selection(levels: 2...3, topicQueries: ["comm"], includesExamples: true))
    let document = try object(bytes)
    #expect(document["schemaVersion"] as? Int == 1)
    let framework = try #require(document["framework"] as? [String: Any])
    #expect(framework["name"] as? String == "small")
    #expect(framework["title"] as? String == "🛠️ Small Framework")
    #expect(framework["levels"] as? Int == 3)
    #expect(framework["path"] as? String == "/engineering/small")
    #expect(framework["homepage"] as? Bool == false)
    #expect(framework["source"] as? String == "Fixtures/small.md")
    let selection = try #require(document["selection"] as? [String: Any])
    #expect(selection["levels"] as? [Int] == [2, 3])
    #expect(selection["topics"] as? [String] == ["communication"])
    #expect(selection["by"] as? String == "level")
    #expect(selection["examples"] as? Bool == true)
    #expect(document["about"] is NSNull)
    let criteria = try #require(document["criteria"] as? [[String: Any]])
    #expect(criteria.map { $0["level"] as? Int } == [2, 2, 2, 3])
    #expect(criteria.map { $0["inherited"] as? Bool } == [false, false, true, false])
    #expect(
      criteria[1]["examples"] as? [String] == ["Suggests a smaller PR", "Links the style guide"]
    )
    #expect(criteria[1]["exampleCriterion"] as? Bool == true)
    #expect(criteria[0]["examples"] as? [String] == [])
  }

  @Test func examplesAreEmptyUnlessAskedFor() throws {
    let document = try object(try render(Selection(levels: 2...2, topicQueries: ["comm"])))
    let criteria = try #require(document["criteria"] as? [[String: Any]])
    #expect(criteria[1]["exampleCriterion"] as? Bool == true)
    #expect(criteria[1]["examples"] as? [String] == [])
  }

  @Test func byTopicOrdersCriteriaByTopicThenLevel() throws {
    let document = try object(try render(Selection(grouping: .topic)))
    let criteria = try #require(document["criteria"] as? [[String: Any]])
    let pairs = criteria.map { "\($0["topic"] as? String ?? "?")@\($0["level"] as? Int ?? 0)" }
    #expect(
      pairs == [
        "communication@1", "communication@1", "communication@2", "communication@2",
        "communication@2", "communication@3", "craft@2", "craft@3", "impact@1", "impact@3",
      ]
    )
  }

  @Test func aboutCarriesTheBody() throws {
    let document = try object(try render(Selection(levels: 1...1, includesAbout: true)))
    #expect(document["about"] as? String == SampleFrameworks.small.body)
  }

  @Test func escapesHostileStrings() throws {
    var framework = SampleFrameworks.small
    let hostile = "\"quoted\" back\\slash \u{1B}[31m del\u{7F} csi\u{9B} nel\u{85} é\n"
    framework.title = hostile
    framework.topics[2].levels[0].criteria = [FrameworkBuilder.criterion(hostile)]
    let bytes = try render(Selection(levels: 1...1, topicQueries: ["impact"]), framework: framework)
    let text = String(decoding: bytes, as: UTF8.self)
    let escaped = #""\"quoted\" back\\slash \u001b[31m del\u007f csi\u009b nel\u0085 é\n""#
    #expect(text.contains(#""title": \#(escaped)"#))
    #expect(text.contains(#""text": \#(escaped)"#))
    #expect(!bytes.contains(0x1B) && !bytes.contains(0x7F))
    let document = try object(bytes)
    let criteria = try #require(document["criteria"] as? [[String: Any]])
    #expect(criteria[0]["text"] as? String == hostile)
  }

  @Test func listCarriesOneMetadataObjectPerFramework() throws {
    let listing = FrameworkListing(entries: [
      .init(
        framework: SampleFrameworks.small,
        reference: "small",
        source: "Fixtures/small.md",
        place: "Fixtures"
      ),
      .init(
        framework: Framework(name: "bare", title: "Bare", levelCount: 2, topics: []),
        reference: "bare",
        source: "bare.yml",
        place: ".",
        shadowedBy: "first/bare.md"
      ),
    ])
    let bytes = JSONRenderer.render(listing)
    let document = try object(bytes)
    #expect(document["schemaVersion"] as? Int == 1)
    let frameworks = try #require(document["frameworks"] as? [[String: Any]])
    #expect(frameworks.map { $0["name"] as? String } == ["small", "bare"])
    #expect(frameworks.map { $0["topics"] as? Int } == [3, 0])
    #expect(frameworks[1]["path"] is NSNull)
    #expect(frameworks[1]["homepage"] is NSNull)
    #expect(frameworks[1]["source"] as? String == "bare.yml")
  }
}
