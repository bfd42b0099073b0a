import ProgressionCore
import TestSupport
import Testing

@Suite struct FrameworkComparisonTests {
  /// Three levels: a same, a rewording, one only here at level 1; a topic only here.
  static let backend = FrameworkBuilder.framework(
    name: "backend",
    levels: 3,
    [
      FrameworkBuilder.topic(
        "communication",
        title: "Communication",
        [
          (
            1,
            [
              FrameworkBuilder.criterion("Asks for help when stuck"),
              FrameworkBuilder.criterion("Writes clear descriptions for their pull requests"),
              FrameworkBuilder.criterion("Shares progress", origin: .inherited),
            ]
          ),
          (3, [FrameworkBuilder.criterion("Mentors others")]),
        ]
      ),
      FrameworkBuilder.topic("operations", texts: [(2, ["Joins the on-call rota"])]),
    ]
  )

  /// Two levels: the same, the rewording, one only here; a topic only here.
  static let mobile = FrameworkBuilder.framework(
    name: "mobile",
    levels: 2,
    [
      FrameworkBuilder.topic(
        "design",
        title: "Design",
        texts: [(2, ["Works with designers"])]
      ),
      FrameworkBuilder.topic(
        "communication",
        title: "Talking",
        [
          (
            1,
            [
              FrameworkBuilder.criterion("Shares progress", origin: .inherited),
              FrameworkBuilder.criterion("Writes clear descriptions for their merge requests"),
              FrameworkBuilder.criterion("Demos features"),
              FrameworkBuilder.criterion("Asks for help when stuck"),
            ]
          )
        ]
      ),
    ]
  )

  @Test func pairsTheSameTextThenRewordingsThenWhatOnlyOneExpects() throws {
    let comparison = FrameworkComparison(Self.backend, Self.mobile)
    #expect(comparison.levels == [1, 2, 3])
    #expect(comparison.topics.map(\.name) == ["communication", "operations", "design"])
    let communication = try #require(comparison.topics.first)
    #expect(communication.title == "Communication")
    #expect(communication.isInA && communication.isInB)
    #expect(communication.levels.map(\.level) == [1, 3])
    let levelOne = communication.levels[0].pairings
    #expect(levelOne.map(\.kind) == [.same, .reworded, .same, .onlyB])
    #expect(levelOne[0].a?.text == "Asks for help when stuck")
    #expect(levelOne[1].a?.text == "Writes clear descriptions for their pull requests")
    #expect(levelOne[1].b?.text == "Writes clear descriptions for their merge requests")
    #expect(
      levelOne[1].words?.segments == [
        .init(.equal, "Writes clear descriptions for their"), .init(.removed, "pull"),
        .init(.added, "merge"), .init(.equal, "requests"),
      ]
    )
    #expect(levelOne[2].b?.origin == .inherited)
    #expect(levelOne[3].b?.text == "Demos features")
    #expect(levelOne[3].a == nil)
    #expect(communication.levels[1].pairings.map(\.kind) == [.onlyA])
  }

  @Test func aTopicOnlyOneHasIsListedWithWhichOne() throws {
    let comparison = FrameworkComparison(Self.backend, Self.mobile)
    let operations = try #require(comparison.topics.first { $0.name == "operations" })
    #expect(operations.isInA && !operations.isInB)
    #expect(operations.overlap.onlyA == 1 && operations.overlap.percent == 0)
    let design = try #require(comparison.topics.last)
    #expect(design.name == "design" && design.title == "Design" && !design.isInA && design.isInB)
  }

  @Test func overlapIsSharedOverUnionRoundedDown() {
    let overlap = FrameworkComparison(Self.backend, Self.mobile).overlap
    #expect(overlap.same == 2)
    #expect(overlap.reworded == 1)
    #expect(overlap.onlyA == 2)
    #expect(overlap.onlyB == 2)
    #expect(overlap.shared == 3)
    #expect(overlap.union == 7)
    #expect(overlap.percent == 42)
    #expect(FrameworkComparison.Overlap().percent == nil)
  }

  @Test func aLevelRangeComparesOnlyThoseLevels() {
    let comparison = FrameworkComparison(Self.backend, Self.mobile, levels: 2...2)
    #expect(comparison.levels == [2])
    #expect(comparison.topics.map { $0.levels.map(\.level) } == [[], [2], [2]])
    #expect(comparison.overlap.union == 2)
    #expect(comparison.overlap.percent == 0)
  }

  @Test func aFrameworkComparedWithItselfIsAllTheSame() {
    let comparison = FrameworkComparison(Self.backend, Self.backend)
    let overlap = comparison.overlap
    #expect(overlap.same == 5)
    #expect(overlap.union == 5)
    #expect(overlap.percent == 100)
    #expect(comparison.topics.allSatisfy { $0.isInA && $0.isInB })
  }

  @Test func aProseOnlyFrameworkHasNothingToShare() {
    let prose = Framework(
      name: "about",
      title: "About",
      levelCount: 0,
      topics: [],
      body: "# About",
      isProseOnly: true
    )
    let comparison = FrameworkComparison(Self.backend, prose)
    #expect(comparison.levels == [1, 2, 3])
    #expect(comparison.overlap.onlyA == 5 && comparison.overlap.shared == 0)
    let both = FrameworkComparison(prose, prose)
    #expect(both.levels.isEmpty && both.topics.isEmpty && both.overlap.percent == nil)
  }

  @Test func aCriterionAtAnotherLevelIsNotTheSameCriterion() {
    let earlier = FrameworkBuilder.framework(
      name: "a",
      [FrameworkBuilder.topic("craft", texts: [(1, ["Writes tests"])])]
    )
    let later = FrameworkBuilder.framework(
      name: "b",
      [FrameworkBuilder.topic("craft", texts: [(2, ["Writes tests"])])]
    )
    let comparison = FrameworkComparison(earlier, later)
    #expect(comparison.topics[0].levels.map { $0.pairings.map(\.kind) } == [[.onlyA], [.onlyB]])
  }

  /// One rule for "the same criterion": a pair the version diff calls reworded at one place is
  /// exactly a pair compare calls reworded, and a pair it leaves as removed and added compare
  /// leaves unshared.
  @Test(arguments: [
    ("Ships a service end to end", "Ships a whole service end to end", true),
    ("Explains trade-offs to the team", "Demos features at the end of a sprint", false),
    ("Reviews code", "Reviews code kindly and quickly every single day", false),
  ])
  func rewordingsAreTheVersionDiffs(old: String, new: String, reworded: Bool) {
    let before = FrameworkBuilder.framework(
      name: "a",
      [FrameworkBuilder.topic("craft", texts: [(1, [old])])]
    )
    let after = FrameworkBuilder.framework(
      name: "b",
      [FrameworkBuilder.topic("craft", texts: [(1, [new])])]
    )
    let diffKinds = VersionDiff(from: before, to: after).changes.map(\.kind)
    #expect(diffKinds == (reworded ? [.reworded] : [.removed, .added]))
    let kinds = FrameworkComparison(before, after).topics[0].levels[0].pairings.map(\.kind)
    #expect(kinds == (reworded ? [.reworded] : [.onlyA, .onlyB]))
  }
}
