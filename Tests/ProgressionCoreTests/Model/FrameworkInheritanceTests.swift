import ProgressionCore
import Testing
import YAMLSubset

@Suite struct FrameworkInheritanceTests {
  static func position(_ line: Int) -> SourcePosition {
    SourcePosition(line: line, column: 1, offset: 0)
  }

  static func level(_ level: Int, _ texts: [String], line: Int) -> TopicLevel {
    TopicLevel(
      level: level,
      criteria: texts.map { Criterion(text: $0, position: position(line)) },
      position: position(line)
    )
  }

  static let generic = Framework(
    name: "generic",
    title: "Generic",
    levelCount: 6,
    topics: [
      Topic(
        name: "communication",
        title: "💬 Communication",
        levels: [
          level(1, ["g1"], line: 10), level(3, ["g3a", "g3b"], line: 20),
          level(6, ["g6"], line: 30),
        ],
        position: position(9)
      ),
      Topic(
        name: "impact",
        title: "💥 Impact",
        levels: [level(2, ["gi2"], line: 40)],
        position: position(39)
      ),
      Topic(
        name: "hiring",
        title: "Hiring",
        levels: [level(1, ["gh"], line: 50)],
        position: position(49)
      ),
    ]
  )

  static let backend = Framework(
    name: "backend",
    title: "Backend",
    levelCount: 4,
    topics: [
      Topic(
        name: "communication",
        title: nil,
        levels: [level(1, ["b1"], line: 5), level(4, ["b4"], line: 6)],
        position: position(4)
      ),
      Topic(name: "impact", title: "Own impact", levels: [], position: position(7)),
      Topic(
        name: "mastery",
        title: nil,
        levels: [level(1, ["m1"], line: 8)],
        position: position(8)
      ),
    ]
  )

  @Test func takesTheGenericTitleEvenOverTheTopicsOwn() {
    let merged = Self.backend.inheriting(from: Self.generic)
    // The site shows generic's title for a topic generic has, whatever the topic's own says.
    #expect(merged.topics.map(\.title) == ["💬 Communication", "💥 Impact", nil])
    #expect(merged.topics.map(\.displayTitle) == ["💬 Communication", "💥 Impact", "Mastery"])
  }

  @Test func aCopyOfGenericInheritsNothing() {
    var copy = Self.generic
    copy.name = "generic-copy"
    #expect(copy.inheriting(from: Self.generic) == copy)
  }

  @Test func appendsGenericCriteriaMarkedInherited() throws {
    let merged = Self.backend.inheriting(from: Self.generic)
    let communication = try #require(merged.topics.first)
    // Level 6 of generic is outside backend's four levels; level 3 is new and goes in order.
    #expect(communication.levels.map(\.level) == [1, 3, 4])
    let one = try #require(communication.entry(forLevel: 1))
    #expect(one.criteria.map(\.text) == ["b1", "g1"])
    #expect(one.criteria.map(\.origin) == [.own, .inherited])
    #expect(one.position == Self.position(5))
    let three = try #require(communication.entry(forLevel: 3))
    #expect(three.criteria.map(\.text) == ["g3a", "g3b"])
    #expect(three.criteria.allSatisfy { $0.origin == .inherited })
    #expect(three.position == Self.position(20))
    #expect(communication.entry(forLevel: 4)?.criteria.map(\.origin) == [.own])
  }

  @Test func inheritsCriteriaAlsoForATopicWithItsOwnTitle() throws {
    let merged = Self.backend.inheriting(from: Self.generic)
    let impact = try #require(merged.topics.first { $0.name == "impact" })
    #expect(impact.levels.map(\.level) == [2])
    #expect(impact.levels.first?.criteria.map(\.origin) == [.inherited])
  }

  @Test func leavesTopicsWithoutAGenericMatchAndAddsNoGenericOnlyTopics() {
    let merged = Self.backend.inheriting(from: Self.generic)
    #expect(merged.topics.map(\.name) == ["communication", "impact", "mastery"])
    #expect(merged.topics.last == Self.backend.topics.last)
  }

  @Test func inheritsPlainCriteriaButNotExampleCriteria() throws {
    var generic = Self.generic
    generic.topics[0].levels[0].criteria.append(
      Criterion(
        text: "ge",
        isExampleCriterion: true,
        examples: [Example(text: "e", position: Self.position(11))],
        position: Self.position(11)
      )
    )
    let merged = Self.backend.inheriting(from: generic)
    let criteria = try #require(merged.topics.first?.entry(forLevel: 1)?.criteria)
    // The site shows generic's `criteria`, never its `exampleCriteria`.
    #expect(criteria.map(\.text) == ["b1", "g1"])
  }

  @Test func neverInheritsFromItself() {
    #expect(Self.generic.inheriting(from: Self.generic) == Self.generic)
  }

  @Test func changesNothingElse() {
    let merged = Self.backend.inheriting(from: Self.generic)
    #expect(merged.name == "backend")
    #expect(merged.title == "Backend")
    #expect(merged.levelCount == 4)
  }
}
