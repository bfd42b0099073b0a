import ProgressionCore
import Testing
import YAMLSubset

/// The decoder on hand-built nodes: its logic, independent of the parser.
@Suite struct FrameworkDecoderTests {
  typealias N = NodeBuilder

  /// title: T            (line 1)
  /// levels: 3           (line 2)
  /// colour: blue        (line 3)
  /// topics:             (line 4)
  ///   - name: impact    (line 5)
  ///     content:        (line 6)
  ///       - level: 2    (line 7)
  ///         criteria:   (line 8)
  ///           - 100     (line 9)
  ///           - ~       (line 10)
  ///         exampleCriteria:            (line 11)
  ///           - criteria: "Ships"       (line 12)
  ///             examples: [a, b]        (line 13)
  ///       - level: 1    (line 14)
  ///         note: x     (line 15)
  static func document(secondLevel: String = "1") -> YAMLNode {
    N.mapping(
      at: 1,
      1,
      [
        ("title", N.scalar("T", at: 1, 8)),
        ("levels", N.scalar("3", at: 2, 9)),
        ("colour", N.scalar("blue", at: 3, 9)),
        (
          "topics",
          N.sequence(
            at: 5,
            3,
            [
              N.mapping(
                at: 5,
                5,
                [
                  ("name", N.scalar("impact", at: 5, 11)),
                  (
                    "content",
                    N.sequence(
                      at: 7,
                      7,
                      [
                        N.mapping(
                          at: 7,
                          9,
                          [
                            ("level", N.scalar("2", at: 7, 16)),
                            (
                              "criteria",
                              N.sequence(
                                at: 9,
                                11,
                                [N.scalar("100", at: 9, 13), N.scalar("~", at: 10, 13)]
                              )
                            ),
                            (
                              "exampleCriteria",
                              N.sequence(
                                at: 12,
                                11,
                                [
                                  N.mapping(
                                    at: 12,
                                    13,
                                    [
                                      (
                                        "criteria",
                                        N.scalar("Ships", at: 12, 23, style: .doubleQuoted)
                                      ),
                                      (
                                        "examples",
                                        N.sequence(
                                          at: 13,
                                          23,
                                          [N.scalar("a", at: 13, 24), N.scalar("b", at: 13, 27)]
                                        )
                                      ),
                                    ]
                                  )
                                ]
                              )
                            ),
                          ]
                        ),
                        N.mapping(
                          at: 14,
                          9,
                          [
                            ("level", N.scalar(secondLevel, at: 14, 16)),
                            ("note", N.scalar("x", at: 15, 15)),
                          ]
                        ),
                      ]
                    )
                  ),
                ]
              )
            ]
          )
        ),
      ]
    )
  }

  @Test func decodesNodesIntoTheModel() throws {
    var decoder = FrameworkDecoder()
    let framework = try decoder.decodeFramework(Self.document(), name: "test")
    #expect(framework.name == "test")
    #expect(framework.title == "T")
    #expect(framework.levelCount == 3)
    let topic = try #require(framework.topics.first)
    #expect(topic.name == "impact")
    #expect(topic.title == nil)
    #expect(topic.displayTitle == "Impact")
    #expect(topic.levels.map(\.level) == [2, 1])
    let level = try #require(topic.entry(forLevel: 2))
    #expect(level.criteria.map(\.text) == ["100", "", "Ships"])
    #expect(level.criteria.map(\.isExampleCriterion) == [false, false, true])
    #expect(level.criteria[2].examples.map(\.text) == ["a", "b"])
    #expect(level.criteria[2].position == SourcePosition(line: 12, column: 23, offset: 0))
    #expect(level.criteria.allSatisfy { $0.origin == .own })
    #expect(
      decoder.notices == [
        .init(
          .unknownKey("colour", knownKeys: FrameworkDecoder.frameworkKeys),
          at: SourcePosition(line: 3, column: 1, offset: 0)
        ),
        .init(.nullCriterion, at: SourcePosition(line: 10, column: 13, offset: 0)),
        .init(
          .unknownKey("note", knownKeys: FrameworkDecoder.levelKeys),
          at: SourcePosition(line: 15, column: 9, offset: 0)
        ),
      ]
    )
  }

  @Test func refusesTheSameLevelTwicePointingAtBoth() {
    var decoder = FrameworkDecoder()
    let error = #expect(throws: FrameworkError.self) {
      try decoder.decodeFramework(Self.document(secondLevel: "2"), name: "test")
    }
    #expect(
      error
        == FrameworkError(
          .duplicateLevel(
            2,
            topic: "impact",
            first: SourcePosition(line: 7, column: 16, offset: 0)
          ),
          at: SourcePosition(line: 14, column: 16, offset: 0)
        )
    )
    #expect(
      error?.message
        == "level 2 appears twice in topic 'impact' (first on line 7); merge the two items"
    )
  }

  @Test func refusesALevelOutsideTheFramework() {
    var decoder = FrameworkDecoder()
    let error = #expect(throws: FrameworkError.self) {
      try decoder.decodeFramework(Self.document(secondLevel: "4"), name: "test")
    }
    #expect(error?.reason == .levelOutOfRange(4, topic: "impact", levelCount: 3))
    #expect(error?.position == SourcePosition(line: 14, column: 16, offset: 0))
  }

  @Test func refusesADocumentThatIsNotAMapping() {
    var decoder = FrameworkDecoder()
    let error = #expect(throws: FrameworkError.self) {
      try decoder.decodeFramework(N.sequence(at: 2, 1, [N.scalar("a", at: 2, 3)]), name: "x")
    }
    #expect(
      error
        == FrameworkError(.documentNotMapping, at: SourcePosition(line: 2, column: 1, offset: 0))
    )
  }
}
