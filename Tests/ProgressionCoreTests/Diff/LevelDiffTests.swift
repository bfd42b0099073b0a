import ProgressionCore
import TestSupport
import Testing

@Suite struct LevelDiffTests {
  private let framework = FrameworkBuilder.framework(
    levels: 5,
    [
      FrameworkBuilder.topic(
        "communication",
        texts: [(1, ["C1"]), (2, ["C2a", "C2b"]), (3, ["C3"]), (4, ["C4"])]
      ),
      FrameworkBuilder.topic("leadership", texts: [(3, ["L3"]), (5, ["L5"])]),
      FrameworkBuilder.topic("mastery", texts: [(1, ["M1"]), (4, ["M4"])]),
      FrameworkBuilder.topic("empty", texts: []),
    ]
  )

  @Test func oneLevelUpListsTheHigherLevelsCriteria() throws {
    let diff = try LevelDiff(framework: framework, from: 3, to: 4)
    #expect(diff.direction == .up)
    #expect(diff.range == 4...4)
    #expect(diff.topics.map { $0.criteria.map(\.criterion.text) } == [["C4"], [], ["M4"], []])
    #expect(diff.criterionCount == 2)
    #expect(diff.changedTopicCount == 2)
  }

  @Test func severalLevelsUpTagsEachCriterionWithItsLevel() throws {
    let diff = try LevelDiff(framework: framework, from: 1, to: 4)
    let communication = diff.topics[0].criteria
    #expect(communication.map(\.level) == [2, 2, 3, 4])
    #expect(communication.map(\.criterion.text) == ["C2a", "C2b", "C3", "C4"])
    #expect(diff.topics[1].criteria.map(\.level) == [3])
    #expect(diff.criterionCount == 6)
  }

  @Test func goingDownListsWhatTheLowerLevelNoLongerExpects() throws {
    let diff = try LevelDiff(framework: framework, from: 4, to: 2)
    #expect(diff.direction == .down)
    #expect(diff.range == 3...4)
    #expect(diff.topics[0].criteria.map(\.criterion.text) == ["C3", "C4"])
    #expect(diff.topics[1].criteria.map(\.criterion.text) == ["L3"])
  }

  @Test func statusSaysWhereEachTopicStarts() throws {
    let diff = try LevelDiff(framework: framework, from: 2, to: 4)
    #expect(
      diff.topics.map(\.status) == [
        .continuing, .startsInRange(level: 3), .continuing, .empty,
      ]
    )
    let low = try LevelDiff(framework: framework, from: 1, to: 2)
    #expect(low.topics[1].status == .startsAbove(level: 3))
    // A topic that starts at the lower level is not new in the range.
    let atStart = try LevelDiff(framework: framework, from: 3, to: 5)
    #expect(atStart.topics[1].status == .continuing)
  }

  @Test func sideBySideColumnsAreTheTwoLevelsOwnCriteria() throws {
    let diff = try LevelDiff(framework: framework, from: 4, to: 2)
    #expect(diff.topics[0].fromCriteria.map(\.text) == ["C4"])
    #expect(diff.topics[0].toCriteria.map(\.text) == ["C2a", "C2b"])
    #expect(diff.topics[1].fromCriteria.isEmpty)
  }

  @Test(arguments: [(0, 3), (3, 6), (-1, 2)])
  func levelsOutsideTheFrameworkAreRejected(from: Int, to: Int) {
    let outside = from < 1 || from > 5 ? from : to
    #expect(
      throws: LevelDiffError.levelOutsideFramework(
        level: outside,
        framework: "backend",
        levelCount: 5
      )
    ) {
      try LevelDiff(framework: framework, from: from, to: to)
    }
  }

  @Test func errorMessages() {
    #expect(
      LevelDiffError.levelOutsideFramework(level: 7, framework: "backend", levelCount: 6).message
        == "level '7' is outside framework 'backend'; use a level from 1 to 6"
    )
    #expect(
      LevelDiffError.levelOutsideFramework(level: 1, framework: "about", levelCount: 0).message
        == "level '1' is outside framework 'about', which has no levels"
    )
    #expect(
      LevelDiffError.sameLevel(3).message
        == "both levels are '3'; give two different levels to compare"
    )
  }

  @Test func theSameLevelTwiceIsRejected() {
    #expect(throws: LevelDiffError.sameLevel(3)) {
      try LevelDiff(framework: framework, from: 3, to: 3)
    }
  }

  @Test func aProseOnlyFrameworkHasNoLevelsToCompare() {
    let prose = Framework(
      name: "about",
      title: "About",
      levelCount: 0,
      topics: [],
      isProseOnly: true
    )
    #expect(throws: LevelDiffError.self) { try LevelDiff(framework: prose, from: 1, to: 2) }
  }
}
