import ProgressionCore
import Testing
import YAMLSubset

@Suite struct TopicCumulativeTests {
  static func entry(_ level: Int, _ text: String) -> TopicLevel {
    let position = SourcePosition(line: level, column: 1, offset: 0)
    return TopicLevel(
      level: level,
      criteria: [Criterion(text: text, position: position)],
      position: position
    )
  }

  /// Levels 4, 1 and 2 in that order (as a hand-edited file may have them), skipping 3.
  static let topic = Topic(
    name: "impact",
    title: nil,
    levels: [entry(4, "four"), entry(1, "one"), entry(2, "two")],
    position: SourcePosition(line: 1, column: 1, offset: 0)
  )

  @Test(arguments: [
    (0, [String]()), (1, ["one"]), (2, ["one", "two"]), (3, ["one", "two"]),
    (4, ["one", "two", "four"]), (9, ["one", "two", "four"]),
  ])
  func entriesThroughALevelAreThoseAtOrBelowItLowestFirst(level: Int, expected: [String]) {
    let texts = Self.topic.entries(throughLevel: level).flatMap { $0.criteria.map(\.text) }
    #expect(texts == expected)
  }
}
