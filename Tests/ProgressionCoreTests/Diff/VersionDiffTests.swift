import ProgressionCore
import TestSupport
import Testing

@Suite struct VersionDiffTests {
  typealias Change = VersionDiff.Change
  typealias Place = VersionDiff.Place

  private let base = FrameworkBuilder.framework([
    FrameworkBuilder.topic(
      "communication",
      texts: [
        (1, ["Provides regular status updates", "Accepts feedback graciously"]),
        (2, ["Gives feedback to peers when asked"]),
      ]
    ),
    FrameworkBuilder.topic(
      "impact",
      title: "Impact",
      [
        (1, [FrameworkBuilder.criterion("Fixes simple bugs")]),
        (
          2,
          [
            FrameworkBuilder.criterion(
              "Implements simple RPC handlers",
              examples: ["Basic CRUD handlers", "API proxies"]
            )
          ]
        ),
      ]
    ),
  ])

  @Test func identicalFrameworksHaveNoDifferences() {
    let diff = VersionDiff(from: base, to: base)
    #expect(diff.isEmpty)
    #expect(diff.summary.total == 0)
  }

  @Test func reorderingWithinALevelIsNotAChange() {
    var new = base
    new.topics[0].levels[0].criteria.reverse()
    #expect(VersionDiff(from: base, to: new).isEmpty)
  }

  @Test func addedAndRemovedCriteria() {
    var new = base
    new.topics[0].levels[1].criteria.append(FrameworkBuilder.criterion("Leads retrospectives"))
    new.topics[1].levels[0].criteria.removeAll()
    let diff = VersionDiff(from: base, to: new)
    #expect(
      diff.changes == [
        .added(
          FrameworkBuilder.criterion("Leads retrospectives"),
          at: Place(topic: "communication", level: 2)
        ),
        .removed(
          FrameworkBuilder.criterion("Fixes simple bugs"),
          at: Place(topic: "impact", level: 1)
        ),
      ]
    )
    #expect(diff.summary.count(of: .added) == 1)
    #expect(diff.summary.count(of: .removed) == 1)
    #expect(diff.topics.map(\.name) == ["communication", "impact"])
    #expect(diff.topics.allSatisfy { $0.topicChange == nil })
  }

  @Test func sameTextAtAnotherLevelOrTopicIsOneMove() throws {
    var new = base
    let moved = new.topics[0].levels[0].criteria.removeFirst()
    new.topics[0].levels[1].criteria.append(moved)
    let crossed = new.topics[1].levels[0].criteria.removeFirst()
    new.topics[0].levels[0].criteria.append(crossed)
    let diff = VersionDiff(from: base, to: new)
    #expect(diff.changes.map(\.kind) == [.moved, .moved])
    #expect(diff.summary.total == 2)
    let first = try #require(diff.changes.first)
    #expect(first.oldPlace == Place(topic: "impact", level: 1))
    #expect(first.place == Place(topic: "communication", level: 1))
    #expect(first.oldText == "Fixes simple bugs")
    #expect(diff.changes.last?.oldPlace == Place(topic: "communication", level: 1))
    #expect(diff.changes.last?.place == Place(topic: "communication", level: 2))
    // Shown once, under the new topic only.
    #expect(diff.topics.map(\.name) == ["communication"])
  }

  @Test func similarTextAtTheSamePlaceIsAReword() throws {
    var new = base
    new.topics[0].levels[0].criteria[1].text = "Accepts feedback graciously and acts on it"
    let diff = VersionDiff(from: base, to: new)
    let change = try #require(diff.changes.first)
    #expect(diff.changes.count == 1)
    #expect(change.kind == .reworded)
    #expect(change.oldText == "Accepts feedback graciously")
    #expect(change.newText == "Accepts feedback graciously and acts on it")
    #expect(
      change.words?.segments == [
        WordDiff.Segment(.equal, "Accepts feedback graciously"),
        WordDiff.Segment(.added, "and acts on it"),
      ]
    )
  }

  @Test func dissimilarTextAtTheSamePlaceIsRemovedAndAdded() {
    var new = base
    new.topics[0].levels[1].criteria[0].text = "Runs the team's retrospectives"
    let diff = VersionDiff(from: base, to: new)
    #expect(diff.changes.map(\.kind) == [.removed, .added])
  }

  @Test func rewordedTextAtAnotherLevelIsNotAMove() {
    var new = base
    let criterion = new.topics[0].levels[0].criteria.removeLast()
    new.topics[0].levels[1].criteria.append(
      FrameworkBuilder.criterion(criterion.text + " always")
    )
    #expect(VersionDiff(from: base, to: new).changes.map(\.kind) == [.removed, .added])
  }

  @Test func exampleChangesUnderAMatchedCriterion() throws {
    var new = base
    new.topics[1].levels[1].criteria[0].examples = [
      Example(text: "Basic CRUD handlers for accounts", position: FrameworkBuilder.nowhere),
      Example(text: "Webhooks", position: FrameworkBuilder.nowhere),
    ]
    let diff = VersionDiff(from: base, to: new)
    #expect(diff.changes.map(\.kind) == [.exampleReworded, .exampleAdded, .exampleRemoved])
    #expect(diff.changes.map(\.oldText) == ["Basic CRUD handlers", nil, "API proxies"])
    #expect(diff.changes.map(\.newText) == ["Basic CRUD handlers for accounts", "Webhooks", nil])
    let criterion = try #require(diff.changes.first?.criterion)
    #expect(criterion.text == "Implements simple RPC handlers")
    #expect(diff.changes.allSatisfy { $0.place == Place(topic: "impact", level: 2) })
  }

  @Test func examplesOfAMovedCriterionAreComparedToo() {
    var new = base
    var criterion = new.topics[1].levels[1].criteria.removeFirst()
    criterion.examples.removeLast()
    new.topics[1].levels[0].criteria.append(criterion)
    let diff = VersionDiff(from: base, to: new)
    #expect(diff.changes.map(\.kind) == [.moved, .exampleRemoved])
    #expect(diff.changes.map(\.place.level) == [1, 1])
  }

  @Test func metadataChanges() {
    var new = base
    new.title = "Backend Engineering"
    new.levelCount = 5
    new.homepage = true
    let diff = VersionDiff(from: base, to: new)
    #expect(
      diff.metadataChanges == [
        VersionDiff.MetadataChange(field: .title, old: "Backend", new: "Backend Engineering"),
        VersionDiff.MetadataChange(field: .levels, old: "4", new: "5"),
        VersionDiff.MetadataChange(field: .homepage, old: nil, new: "true"),
      ]
    )
    #expect(diff.topics.isEmpty)
    #expect(!diff.isEmpty)
    #expect(diff.summary.total == 3)
  }

  @Test func topicAddedRemovedAndRetitled() {
    var new = base
    new.topics[1].title = "💥 Impact"
    new.topics.remove(at: 0)
    new.topics.append(FrameworkBuilder.topic("leadership", texts: [(3, ["Mentors new engineers"])]))
    let diff = VersionDiff(from: base, to: new)
    #expect(diff.topics.map(\.name) == ["impact", "leadership", "communication"])
    #expect(
      diff.topics.map(\.topicChange) == [
        .retitled(old: "Impact", new: "💥 Impact"), .added, .removed,
      ]
    )
    #expect(diff.topics.map(\.displayTitle) == ["💥 Impact", "Leadership", "Communication"])
    #expect(diff.topics[1].changes.map(\.kind) == [.added])
    #expect(diff.topics[2].changes.map(\.kind) == [.removed, .removed, .removed])
    let summary = diff.summary
    #expect([summary.topicsAdded, summary.topicsRemoved, summary.topicsRetitled] == [1, 1, 1])
    #expect(summary.total == 7)
  }

  @Test func emptyTitleCountsAsNoTitle() {
    var old = base
    old.topics[0].title = ""
    #expect(VersionDiff(from: old, to: base).isEmpty)
  }

  @Test func duplicateTextsMatchOneToOne() {
    let old = FrameworkBuilder.framework([
      FrameworkBuilder.topic("t", texts: [(1, ["Same", "Same"]), (2, ["Other"])])
    ])
    let new = FrameworkBuilder.framework([
      FrameworkBuilder.topic("t", texts: [(1, ["Same"]), (2, ["Same", "Other"])])
    ])
    let diff = VersionDiff(from: old, to: new)
    #expect(diff.changes.map(\.kind) == [.moved])
    #expect(diff.changes.first?.oldPlace?.level == 1)
  }

  @Test func moveToTheSameTopicIsPreferred() {
    let old = FrameworkBuilder.framework([
      FrameworkBuilder.topic("a", texts: [(1, ["Shared"])]),
      FrameworkBuilder.topic("b", texts: [(1, ["Shared"])]),
    ])
    let new = FrameworkBuilder.framework([
      FrameworkBuilder.topic("a", texts: [(1, [])]),
      FrameworkBuilder.topic("b", texts: [(1, []), (2, ["Shared"])]),
    ])
    let diff = VersionDiff(from: old, to: new)
    // Topic by topic: 'a' loses its copy, 'b' moves its own one up a level.
    #expect(diff.changes.map(\.kind) == [.removed, .moved])
    #expect(diff.changes.first?.place == Place(topic: "a", level: 1))
    #expect(diff.changes.last?.oldPlace == Place(topic: "b", level: 1))
  }

  @Test func inheritedCriteriaAreNotCompared() {
    var new = base
    new.topics[0].levels[0].criteria.append(
      FrameworkBuilder.criterion("From generic", origin: .inherited)
    )
    #expect(VersionDiff(from: base, to: new).isEmpty)
  }

  @Test func changesAreOrderedByLevelThenKind() {
    let old = FrameworkBuilder.framework([
      FrameworkBuilder.topic(
        "t",
        texts: [(1, ["Fixes bugs", "Gone"]), (2, ["Writes tests well"])]
      )
    ])
    let new = FrameworkBuilder.framework([
      FrameworkBuilder.topic(
        "t",
        texts: [(1, ["Brand new"]), (2, ["Fixes bugs", "Writes good tests well"])]
      )
    ])
    let diff = VersionDiff(from: old, to: new)
    #expect(diff.changes.map(\.kind) == [.removed, .added, .moved, .reworded])
  }
}
