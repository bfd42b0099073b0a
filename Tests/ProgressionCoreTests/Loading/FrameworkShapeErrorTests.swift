import ProgressionCore
import TestSupport
import Testing
import YAMLSubset

/// Every shape error, from inline YAML, at the line and column marked `1️⃣` (`2️⃣` marks where a
/// duplicate level first appears).
@Suite struct FrameworkShapeErrorTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var label: String
    var yaml: String
    var reason: @Sendable (MarkedText) -> FrameworkError.Reason
    var testDescription: String { label }

    init(_ label: String, _ yaml: String, _ reason: FrameworkError.Reason) {
      self.label = label
      self.yaml = yaml
      self.reason = { _ in reason }
    }

    init(
      _ label: String,
      _ yaml: String,
      reason: @escaping @Sendable (MarkedText) -> FrameworkError.Reason
    ) {
      self.label = label
      self.yaml = yaml
      self.reason = reason
    }
  }

  /// A valid framework, with one topic whose level items follow.
  static func framework(levels: String = "levels: 6", topic: String) -> String {
    """
    title: T
    \(levels)
    topics:
      - name: impact
        content:
    \(topic)
    """
  }

  static let cases: [Case] = [
    Case("document is a list", "1️⃣- title: T\n", .documentNotMapping),
    Case("document is a scalar", "1️⃣just text\n", .documentNotMapping),
    Case("missing title", "1️⃣levels: 6\ntopics: []\n", .missingTitle),
    Case("null title", "1️⃣title:\nlevels: 6\ntopics: []\n", .missingTitle),
    Case("title is a list", "title: 1️⃣[a, b]\nlevels: 6\ntopics: []\n", .valueNotText(key: "title")),
    Case(
      "path is a mapping",
      "path:\n  1️⃣a: b\ntitle: T\nlevels: 6\ntopics: []\n",
      .valueNotText(key: "path")
    ),
    Case("missing levels", "1️⃣title: T\ntopics: []\n", .missingLevels),
    Case("levels: six", "title: T\nlevels: 1️⃣six\ntopics: []\n", .levelsNotInteger(found: "six")),
    Case("levels: 2.5", "title: T\nlevels: 1️⃣2.5\ntopics: []\n", .levelsNotInteger(found: "2.5")),
    Case("levels quoted", "title: T\nlevels: 1️⃣\"6\"\ntopics: []\n", .levelsNotInteger(found: "6")),
    Case("levels is a list", "title: T\nlevels: 1️⃣[6]\ntopics: []\n", .levelsNotInteger(found: nil)),
    Case("levels: 0", "title: T\nlevels: 1️⃣0\ntopics: []\n", .levelsNotPositive(0)),
    Case("levels: -2", "title: T\nlevels: 1️⃣-2\ntopics: []\n", .levelsNotPositive(-2)),
    Case("levels: 1001", "title: T\nlevels: 1️⃣1001\ntopics: []\n", .levelsTooLarge(1001)),
    Case(
      "levels: Int.max",
      "title: T\nlevels: 1️⃣9223372036854775807\ntopics: []\n",
      .levelsTooLarge(Int.max)
    ),
    Case("missing topics", "1️⃣title: T\nlevels: 6\n", .missingTopics),
    Case("null topics", "1️⃣title: T\nlevels: 6\ntopics:\n", .missingTopics),
    Case("topics is a scalar", "title: T\nlevels: 6\ntopics: 1️⃣none\n", .topicsNotList),
    Case("topics is a mapping", "title: T\nlevels: 6\ntopics:\n  1️⃣impact: x\n", .topicsNotList),
    Case(
      "yaml: maybe",
      "title: T\nyaml: 1️⃣maybe\nlevels: 6\ntopics: []\n",
      .valueNotBoolean(key: "yaml", found: "maybe")
    ),
    Case(
      "homepage is a list",
      "title: T\nhomepage: 1️⃣[x]\nlevels: 6\ntopics: []\n",
      .valueNotBoolean(key: "homepage", found: nil)
    ),
    Case("topic is a scalar", "title: T\nlevels: 6\ntopics:\n  - 1️⃣impact\n", .topicNotMapping),
    Case(
      "topic without name",
      "title: T\nlevels: 6\ntopics:\n  - 1️⃣title: X\n    content: []\n",
      .missingTopicName
    ),
    Case(
      "topic with empty name",
      "title: T\nlevels: 6\ntopics:\n  - 1️⃣name: \"\"\n    content: []\n",
      .missingTopicName
    ),
    Case(
      "topic name is a list",
      "title: T\nlevels: 6\ntopics:\n  - name: 1️⃣[a]\n    content: []\n",
      .valueNotText(key: "name")
    ),
    Case(
      "topic without content",
      "title: T\nlevels: 6\ntopics:\n  - 1️⃣name: impact\n    title: Impact\n",
      .missingContent(topic: "impact")
    ),
    Case(
      "content is a scalar",
      "title: T\nlevels: 6\ntopics:\n  - name: impact\n    content: 1️⃣level 1\n",
      .contentNotList(topic: "impact")
    ),
    Case(
      "content is a mapping",
      "title: T\nlevels: 6\ntopics:\n  - name: impact\n    content:\n      1️⃣level: 1\n",
      .contentNotList(topic: "impact")
    ),
    Case(
      "level item is a scalar",
      framework(topic: "      - 1️⃣1\n"),
      .levelEntryNotMapping(topic: "impact")
    ),
    Case(
      "level missing",
      framework(topic: "      - 1️⃣criteria: [a]\n"),
      .missingLevel(topic: "impact")
    ),
    Case(
      "level null",
      framework(topic: "      - 1️⃣level:\n        criteria: [a]\n"),
      .missingLevel(topic: "impact")
    ),
    Case(
      "level: two",
      framework(topic: "      - level: 1️⃣two\n"),
      .levelNotInteger(found: "two", topic: "impact")
    ),
    Case(
      "level: 2.5",
      framework(topic: "      - level: 1️⃣2.5\n"),
      .levelNotInteger(found: "2.5", topic: "impact")
    ),
    Case(
      "level quoted",
      framework(topic: "      - level: 1️⃣'2'\n"),
      .levelNotInteger(found: "2", topic: "impact")
    ),
    Case(
      "level is a list",
      framework(topic: "      - level: 1️⃣[2]\n"),
      .levelNotInteger(found: nil, topic: "impact")
    ),
    Case(
      "level above levels",
      framework(topic: "      - level: 1️⃣7\n"),
      .levelOutOfRange(7, topic: "impact", levelCount: 6)
    ),
    Case(
      "level 0",
      framework(topic: "      - level: 1️⃣0\n"),
      .levelOutOfRange(0, topic: "impact", levelCount: 6)
    ),
    Case(
      "level negative",
      framework(topic: "      - level: 1️⃣-1\n"),
      .levelOutOfRange(-1, topic: "impact", levelCount: 6)
    ),
    Case(
      "level twice",
      framework(
        topic: "      - level: 2️⃣3\n        criteria: [a]\n      - level: 4\n      - level: 1️⃣3\n"
      ),
      reason: { marked in .duplicateLevel(3, topic: "impact", first: marked[2]) }
    ),
    Case(
      "criteria is a scalar",
      framework(topic: "      - level: 1\n        criteria: 1️⃣Ships\n"),
      .criteriaNotList(topic: "impact", level: 1)
    ),
    Case(
      "criteria is a mapping",
      framework(topic: "      - level: 1\n        criteria:\n          1️⃣Ships: code\n"),
      .criteriaNotList(topic: "impact", level: 1)
    ),
    Case(
      "criterion is a mapping",
      framework(
        topic: "      - level: 2\n        criteria:\n          - a\n          - 1️⃣Ships: code\n"
      ),
      .criterionNotText(topic: "impact", level: 2)
    ),
    Case(
      "criterion is a list",
      framework(topic: "      - level: 2\n        criteria:\n          - 1️⃣[a, b]\n"),
      .criterionNotText(topic: "impact", level: 2)
    ),
    Case(
      "exampleCriteria is a scalar",
      framework(topic: "      - level: 1\n        exampleCriteria: 1️⃣x\n"),
      .exampleCriteriaNotList(topic: "impact", level: 1)
    ),
    Case(
      "example criterion is a scalar",
      framework(topic: "      - level: 1\n        exampleCriteria:\n          - 1️⃣Ships\n"),
      .exampleCriterionNotMapping(topic: "impact", level: 1)
    ),
    Case(
      "example criterion without criteria",
      framework(topic: "      - level: 1\n        exampleCriteria:\n          - 1️⃣examples: [a]\n"),
      .missingExampleCriterionText(topic: "impact", level: 1)
    ),
    Case(
      "example criterion text is a list",
      framework(topic: "      - level: 1\n        exampleCriteria:\n          - criteria: 1️⃣[a]\n"),
      .criterionNotText(topic: "impact", level: 1)
    ),
    Case(
      "examples is a scalar",
      framework(
        topic:
          "      - level: 1\n        exampleCriteria:\n          - criteria: a\n            examples: 1️⃣one\n"
      ),
      .examplesNotList(topic: "impact", level: 1)
    ),
    Case(
      "example is a mapping",
      framework(
        topic:
          "      - level: 1\n        exampleCriteria:\n          - criteria: a\n            examples:\n              - 1️⃣For: example\n"
      ),
      .exampleNotText(topic: "impact", level: 1)
    ),
    Case(
      "topic level without levels in prose",
      "title: T\nyaml: false\ntopics:\n  - name: impact\n    content:\n      - level: 1️⃣1\n",
      .levelOutOfRange(1, topic: "impact", levelCount: 0)
    ),
  ]

  @Test(arguments: cases)
  func reportsTheProblemAtItsPosition(_ testCase: Case) {
    let marked = MarkedText(testCase.yaml)
    let error = #expect(throws: FrameworkError.self) {
      try Framework(parsing: marked.bytes, name: "test", format: .yaml)
    }
    #expect(error == FrameworkError(testCase.reason(marked), at: marked[1]))
  }

  @Test func positionsInAMarkdownFileCountTheOpeningLine() {
    let marked = MarkedText("---\ntitle: T\nlevels: 1️⃣six\ntopics: []\n---\nbody\n")
    let error = #expect(throws: FrameworkError.self) {
      try Framework(parsing: marked.bytes, name: "test", format: .markdown)
    }
    #expect(error == FrameworkError(.levelsNotInteger(found: "six"), at: marked[1]))
    #expect(error?.position.line == 3)
  }

  @Test func reportsAnEmptyFrontMatter() {
    let marked = MarkedText("---\n1️⃣# nothing yet\n---\nbody\n")
    let error = #expect(throws: FrameworkError.self) {
      try Framework(parsing: marked.bytes, name: "test", format: .markdown)
    }
    #expect(error == FrameworkError(.emptyDocument, at: marked[1]))
  }

  @Test func reportsABodyThatIsNotUTF8AtItsFirstBadByte() {
    let bytes = Array("---\ntitle: T\nlevels: 1\ntopics: []\n---\nok\nbad ".utf8) + [0xFF, 0x0A]
    let error = #expect(throws: FrameworkError.self) {
      try Framework(parsing: bytes, name: "test", format: .markdown)
    }
    #expect(error?.reason == .invalidUTF8InBody)
    #expect(error?.position == SourcePosition(line: 7, column: 5, offset: bytes.count - 2))
  }

  @Test func wrapsYAMLErrorsWithTheirPosition() {
    let error = #expect(throws: FrameworkError.self) {
      try Framework(parsing: Array("title: T\n\tlevels: 6\n".utf8), name: "test", format: .yaml)
    }
    #expect(error?.position.line == 2)
    guard case .yaml = error?.reason else {
      Issue.record("expected a YAML error, got \(String(describing: error))")
      return
    }
  }
}
