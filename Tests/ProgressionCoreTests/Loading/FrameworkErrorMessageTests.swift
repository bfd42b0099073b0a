import ProgressionCore
import Testing
import YAMLSubset

@Suite struct FrameworkErrorMessageTests {
  static let somewhere = SourcePosition(line: 3, column: 5, offset: 20)

  static let reasons: [FrameworkError.Reason] = [
    .yaml(.tabIndentation), .missingFrontMatter, .unclosedFrontMatter, .invalidUTF8InBody,
    .emptyDocument, .documentNotMapping, .missingTitle, .valueNotText(key: "title"),
    .valueNotBoolean(key: "yaml", found: "maybe"), .valueNotBoolean(key: "yaml", found: nil),
    .missingLevels, .levelsNotInteger(found: "six"), .levelsNotInteger(found: nil),
    .levelsNotPositive(0), .levelsTooLarge(1001), .missingTopics, .topicsNotList, .topicNotMapping,
    .missingTopicName,
    .missingContent(topic: "impact"), .contentNotList(topic: "impact"),
    .levelEntryNotMapping(topic: "impact"), .missingLevel(topic: "impact"),
    .levelNotInteger(found: "two", topic: "impact"),
    .levelOutOfRange(7, topic: "impact", levelCount: 6),
    .levelOutOfRange(1, topic: "impact", levelCount: 0),
    .duplicateLevel(3, topic: "impact", first: somewhere),
    .criteriaNotList(topic: "impact", level: 2), .criterionNotText(topic: "impact", level: 2),
    .exampleCriteriaNotList(topic: "impact", level: 2),
    .exampleCriterionNotMapping(topic: "impact", level: 2),
    .missingExampleCriterionText(topic: "impact", level: 2),
    .examplesNotList(topic: "impact", level: 2), .exampleNotText(topic: "impact", level: 2),
  ]

  @Test(arguments: reasons)
  func readsOnFromError(reason: FrameworkError.Reason) throws {
    let message = reason.message
    let first = try #require(message.unicodeScalars.first)
    #expect(first == "'" || !first.properties.isUppercase)
    #expect(!message.hasSuffix("."))
    #expect(!message.contains("\n"))
  }

  @Test(
    arguments: [
      (
        FrameworkError.Reason.levelsNotInteger(found: "six"),
        "'levels' must be a whole number such as '6', not 'six'"
      ),
      (
        .levelsNotInteger(found: "6"),
        "'levels' must be a whole number such as '6', not '6'; remove the quotes around it"
      ),
      (.levelsNotPositive(-1), "'levels' must be at least 1, not '-1'"),
      (
        .levelsTooLarge(100_000_000),
        "'levels' must be at most 1000, not '100000000'; a framework has one level per step "
          + "of its career ladder"
      ),
      (
        .levelOutOfRange(7, topic: "impact", levelCount: 6),
        "level 7 in topic 'impact' is outside the framework's levels 1 to 6; "
          + "use one of them or raise 'levels'"
      ),
      (
        .duplicateLevel(3, topic: "impact", first: somewhere),
        "level 3 appears twice in topic 'impact' (first on line 3); merge the two items"
      ),
      (
        .criterionNotText(topic: "mastery", level: 2),
        "a criterion at level 2 of topic 'mastery' must be text, not a list or a mapping; "
          + "put it in quotes if it contains ': '"
      ),
      (.missingTopicName, "this topic has no 'name'; add one such as 'name: communication'"),
    ]
  )
  func saysWhatIsWrongAndWhatToDo(reason: FrameworkError.Reason, message: String) {
    #expect(reason.message == message)
    #expect(FrameworkError(reason, at: Self.somewhere).description == "3:5: " + message)
  }
}
