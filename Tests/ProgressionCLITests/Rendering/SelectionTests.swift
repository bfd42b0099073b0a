import ProgressionCore
import TestSupport
import Testing
import YAMLSubset

@testable import ProgressionCLI

struct SelectionTests {
  static let framework = SampleFrameworks.small

  @Test(arguments: [
    ("3", 3...3), ("1-6", 1...6), ("2-2", 2...2), ("0", 0...0), ("10-12", 10...12),
  ])
  func parsesLevels(text: String, expected: ClosedRange<Int>) throws {
    #expect(try Selection.levels(parsing: text) == expected)
  }

  @Test(arguments: [
    "", "x", "3-", "-3", "1-2-3", "+3", " 3", "3 ", "3..4", "٣", "99999999999999999999",
  ])
  func rejectsMalformedLevels(text: String) {
    #expect(throws: SelectionError.malformedLevels(text)) { try Selection.levels(parsing: text) }
  }

  @Test func rejectsReversedRange() {
    #expect(throws: SelectionError.reversedLevelRange("4-2", lower: 4, upper: 2)) {
      try Selection.levels(parsing: "4-2")
    }
    let error = SelectionError.reversedLevelRange("4-2", lower: 4, upper: 2)
    #expect(
      error.usageError.message
        == "invalid value '4-2' for option '--level'; expected a range from low to high, such as '2-4'"
    )
  }

  @Test func groupsByLevelWithEveryTopicUnderEachLevel() throws {
    let selected = try Selection().resolve(in: Self.framework)
    #expect(selected.levels == [1, 2, 3])
    #expect(selected.topics.map(\.name) == ["communication", "craft", "impact"])
    #expect(selected.groups.count == 3)
    let level2 = selected.groups[1]
    guard case .level(2) = level2.heading else {
      Issue.record("expected level 2, got \(level2.heading)")
      return
    }
    // As on the site, a topic with nothing at a level is not shown there.
    #expect(level2.sections.map(\.topic.name) == ["communication", "craft"])
    #expect(level2.sections.map(\.criteria.count) == [3, 1])
    #expect(selected.criterionCount == 10)
  }

  @Test func keepsEmptySectionsOfTopicsAskedForOrWhenNothingIsThere() throws {
    let asked = try Selection(levels: 2...2, topicQueries: ["impact"]).resolve(in: Self.framework)
    #expect(asked.groups[0].sections.map(\.criteria.count) == [0])
    let empty = Framework(
      name: "empty",
      title: "Empty",
      levelCount: 1,
      topics: [
        Topic(
          name: "a",
          title: nil,
          levels: [],
          position: SourcePosition(line: 1, column: 1, offset: 0)
        )
      ]
    )
    let nothing = try Selection().resolve(in: empty)
    #expect(nothing.groups[0].sections.map(\.topic.name) == ["a"])
  }

  @Test func groupsByTopicWithEveryLevelUnderEachTopic() throws {
    let selected = try Selection(grouping: .topic).resolve(in: Self.framework)
    #expect(selected.groups.count == 3)
    let craft = selected.groups[1]
    guard case .topic(let topic) = craft.heading else {
      Issue.record("expected a topic heading, got \(craft.heading)")
      return
    }
    #expect(topic.name == "craft")
    #expect(craft.sections.map(\.level) == [2, 3])
    #expect(craft.sections.map(\.criteria.count) == [1, 1])
  }

  @Test func filtersLevelsAndKeepsTopicsInFileOrder() throws {
    let selection = Selection(levels: 2...3, topicQueries: ["impact", "COMM"])
    let selected = try selection.resolve(in: Self.framework)
    #expect(selected.levels == [2, 3])
    #expect(selected.topics.map(\.name) == ["communication", "impact"])
    #expect(selected.groups.map { $0.sections.map(\.criteria.count) } == [[3, 0], [1, 1]])
  }

  @Test func dropsInheritedCriteriaWithNoInherit() throws {
    let selected = try Selection(levels: 2...2, includesInherited: false).resolve(
      in: Self.framework
    )
    let texts = selected.groups[0].sections[0].criteria.map(\.text)
    #expect(texts == ["Writes clear PR descriptions", "Gives actionable feedback in reviews"])
  }

  @Test(arguments: [
    ("communication", "communication"), ("Communication", "communication"),
    ("comm", "communication"),
    ("craft & code", "craft"), ("CRAFT & C", "craft"), ("cr", "craft"), ("i", "impact"),
  ])
  func matchesTopics(query: String, name: String) throws {
    let index = try Selection.topicIndex(matching: query, in: Self.framework)
    #expect(Self.framework.topics[index].name == name)
  }

  @Test func exactMatchBeatsPrefix() throws {
    var framework = Self.framework
    framework.topics.append(FrameworkBuilder.topic("craftsmanship", [(1, [])]))
    let index = try Selection.topicIndex(matching: "craft", in: framework)
    #expect(framework.topics[index].name == "craft")
  }

  @Test func rejectsAmbiguousPrefix() {
    let error = SelectionError.ambiguousTopic("c", matches: ["communication", "craft"])
    #expect(throws: error) { try Selection(topicQueries: ["c"]).resolve(in: Self.framework) }
    #expect(
      error.usageError.message
        == "invalid value 'c' for option '--topic'; expected one topic, but 'c' starts "
        + "'communication' and 'craft'"
    )
  }

  @Test func rejectsUnknownTopicListingTopics() {
    let error = SelectionError.unknownTopic(
      "mastery",
      framework: "small",
      topics: ["communication", "craft", "impact"]
    )
    #expect(throws: error) { try Selection(topicQueries: ["mastery"]).resolve(in: Self.framework) }
    #expect(
      error.usageError.message
        == "invalid value 'mastery' for option '--topic'; expected a topic of 'small': "
        + "'communication', 'craft', 'impact'"
    )
  }

  @Test func rejectsEmptyTopic() {
    #expect(throws: SelectionError.self) {
      try Selection(topicQueries: [""]).resolve(in: Self.framework)
    }
  }

  @Test(arguments: [
    (
      9...9,
      "invalid value '9' for option '--level'; expected levels from 1 to 3, the levels of 'small'"
    ),
    (
      0...0,
      "invalid value '0' for option '--level'; expected levels from 1 to 3, the levels of 'small'"
    ),
    (
      2...4,
      "invalid value '2-4' for option '--level'; expected levels from 1 to 3, the levels of 'small'"
    ),
  ])
  func rejectsLevelsOutsideTheFramework(levels: ClosedRange<Int>, message: String) {
    let error = SelectionError.levelOutOfRange(levels, framework: "small", available: 1...3)
    #expect(throws: error) { try Selection(levels: levels).resolve(in: Self.framework) }
    #expect(error.usageError.message == message)
  }

  @Test func proseOnlyFrameworkHasNoLevels() throws {
    let prose = Framework(
      name: "intro",
      title: "Intro",
      levelCount: 0,
      topics: [],
      isProseOnly: true
    )
    let selected = try Selection().resolve(in: prose)
    #expect(selected.groups.isEmpty)
    let error = SelectionError.levelOutOfRange(1...1, framework: "intro", available: nil)
    #expect(throws: error) { try Selection(levels: 1...1).resolve(in: prose) }
    #expect(error.expected == "no level: 'intro' has none")
    let one = SelectionError.levelOutOfRange(2...2, framework: "solo", available: 1...1)
    #expect(one.expected == "level 1, the only level of 'solo'")
  }
}
