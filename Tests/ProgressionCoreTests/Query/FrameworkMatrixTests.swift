import ProgressionCore
import Testing
import YAMLSubset

@Suite struct FrameworkMatrixTests {
  static let position = SourcePosition(line: 1, column: 1, offset: 0)

  static func entry(_ level: Int, _ criteria: [Criterion]) -> TopicLevel {
    TopicLevel(level: level, criteria: criteria, position: position)
  }

  static func criteria(_ count: Int, origin: Criterion.Origin = .own) -> [Criterion] {
    (0..<count).map { Criterion(text: "c\($0)", origin: origin, position: position) }
  }

  /// Four levels; `impact` lists level 3 before level 1, skips 2 and 4, and mixes own,
  /// example and inherited criteria; `craft` has nothing at all.
  static let framework = Framework(
    name: "backend",
    title: "Backend",
    levelCount: 4,
    topics: [
      Topic(
        name: "impact",
        title: nil,
        levels: [
          entry(3, criteria(2) + criteria(1, origin: .inherited)),
          entry(1, [Criterion(text: "e", isExampleCriterion: true, position: position)]),
        ],
        position: position
      ),
      Topic(name: "craft", title: "🛠️ Craft", levels: [], position: position),
    ]
  )

  @Test func everyLevelIsAColumnAndEveryTopicARow() {
    let matrix = FrameworkMatrix(Self.framework)
    #expect(matrix.levels == [1, 2, 3, 4])
    #expect(matrix.rows.map(\.name) == ["impact", "craft"])
    #expect(matrix.rows.map(\.title) == ["Impact", "🛠️ Craft"])
  }

  @Test func cellsCountOwnExampleAndInheritedCriteriaAtTheirLevel() {
    let matrix = FrameworkMatrix(Self.framework)
    #expect(matrix.rows[0].counts == [1, 0, 3, 0])
    #expect(matrix.rows[0].total == 4)
    #expect(matrix.rows[1].counts == [0, 0, 0, 0])
    #expect(matrix.rows[1].total == 0)
    #expect(matrix.columnTotals == [1, 0, 3, 0])
    #expect(matrix.total == 4)
    #expect(matrix.rows[0].cells[2].map(\.origin) == [.own, .own, .inherited])
  }

  @Test func aProseOnlyFrameworkHasNoColumnsOrRows() {
    let matrix = FrameworkMatrix(
      Framework(name: "about", title: "About", levelCount: 0, topics: [], isProseOnly: true)
    )
    #expect(matrix.levels.isEmpty)
    #expect(matrix.rows.isEmpty)
    #expect(matrix.columnTotals.isEmpty)
    #expect(matrix.total == 0)
  }

  @Test func anEntryOutsideTheLevelsIsLeftOut() {
    var framework = Self.framework
    framework.topics[1].levels = [Self.entry(5, Self.criteria(2)), Self.entry(0, Self.criteria(1))]
    let matrix = FrameworkMatrix(framework)
    #expect(matrix.rows[1].counts == [0, 0, 0, 0])
  }
}
