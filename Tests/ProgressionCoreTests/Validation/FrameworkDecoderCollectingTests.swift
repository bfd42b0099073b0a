import ProgressionCore
import TestSupport
import Testing
import YAMLSubset

/// The decoder's collecting mode, which validation uses: it records shape errors and reads on.
@Suite struct FrameworkDecoderCollectingTests {
  /// Decodes `yaml` with a collecting decoder: the framework and the errors, or the error that
  /// stopped it.
  private func collect(
    _ yaml: String
  ) throws -> (framework: Framework?, errors: [FrameworkError], thrown: FrameworkError?) {
    let root = try #require(try YAMLParser.parse(Array(yaml.utf8)))
    var decoder = FrameworkDecoder(collectingErrors: true)
    do {
      let framework = try decoder.decodeFramework(root, name: "test")
      return (framework, decoder.errors, nil)
    } catch {
      return (nil, decoder.errors, error)
    }
  }

  /// Both modes run the same checks in the same order: what a strict decoder throws is what a
  /// collecting one records first (or throws, when nothing can be read past it).
  @Test(arguments: FrameworkShapeErrorTests.cases)
  func recordsFirstWhatTheStrictDecoderThrows(_ testCase: FrameworkShapeErrorTests.Case) throws {
    let marked = MarkedText(testCase.yaml)
    let root = try #require(try YAMLParser.parse(marked.bytes))
    var strict = FrameworkDecoder()
    let thrown = #expect(throws: FrameworkError.self) {
      try strict.decodeFramework(root, name: "test")
    }
    let collected = try collect(marked.text)
    #expect((collected.errors.first ?? collected.thrown) == thrown)
    #expect(thrown?.reason == testCase.reason(marked))
  }

  @Test func readsPastLevelsOutOfRangeAndRepeated() throws {
    let marked = MarkedText(
      """
      title: T
      levels: 3
      topics:
        - name: impact
          content:
            - level: 2️⃣1
              criteria: [a]
            - level: 1️⃣7
              criteria: [b]
            - level: 3️⃣1
              criteria: [c]
        - name: mastery
          content:
            - level: 2
              criteria: [d]

      """
    )
    let result = try collect(marked.text)
    #expect(result.thrown == nil)
    #expect(
      result.errors == [
        FrameworkError(.levelOutOfRange(7, topic: "impact", levelCount: 3), at: marked[1]),
        FrameworkError(.duplicateLevel(1, topic: "impact", first: marked[2]), at: marked[3]),
      ]
    )
    let framework = try #require(result.framework)
    #expect(framework.topics.map(\.name) == ["impact", "mastery"])
    #expect(framework.topics[0].levels.map(\.level) == [1, 7, 1])
    #expect(framework.topics[0].levels.map { $0.criteria.map(\.text) } == [["a"], ["b"], ["c"]])
  }

  @Test func skipsWhatItCannotReadAndKeepsTheRest() throws {
    let marked = MarkedText(
      """
      title: T
      levels: 3
      topics:
        - 1️⃣just a name
        - name: impact
          content:
            - level: 2️⃣two
            - level: 1
              criteria:
                - a
                - 3️⃣[b, c]
                - d
              exampleCriteria:
                - 4️⃣examples: [e]
                - criteria: f
                  examples: [g, 5️⃣[h]]

      """
    )
    let result = try collect(marked.text)
    #expect(
      result.errors == [
        FrameworkError(.topicNotMapping, at: marked[1]),
        FrameworkError(.levelNotInteger(found: "two", topic: "impact"), at: marked[2]),
        FrameworkError(.criterionNotText(topic: "impact", level: 1), at: marked[3]),
        FrameworkError(.missingExampleCriterionText(topic: "impact", level: 1), at: marked[4]),
        FrameworkError(.exampleNotText(topic: "impact", level: 1), at: marked[5]),
      ]
    )
    let level = try #require(result.framework?.topics.first?.levels.first)
    #expect(level.criteria.map(\.text) == ["a", "d", "f"])
    #expect(level.criteria.last?.examples.map(\.text) == ["g"])
  }

  @Test func aBrokenLevelsKeyIsOneErrorNotOnePerEntry() throws {
    let marked = MarkedText(
      """
      title: 2️⃣[T]
      levels: 1️⃣six
      topics:
        - name: impact
          content:
            - level: 9
              criteria: [a]

      """
    )
    let result = try collect(marked.text)
    #expect(
      result.errors == [
        FrameworkError(.valueNotText(key: "title"), at: marked[2]),
        FrameworkError(.levelsNotInteger(found: "six"), at: marked[1]),
      ]
    )
    #expect(result.framework?.topics.first?.levels.map(\.level) == [9])
  }

  @Test func missingKeysAreRecordedTogether() throws {
    let marked = MarkedText("1️⃣sidebarTitle: S\n")
    let result = try collect(marked.text)
    #expect(
      result.errors.map(\.reason) == [.missingTitle, .missingLevels, .missingTopics]
    )
    #expect(result.errors.allSatisfy { $0.position == marked[1] })
  }

  @Test func aDocumentThatIsNotAMappingStillStopsIt() throws {
    let result = try collect("- a\n- b\n")
    #expect(result.thrown?.reason == .documentNotMapping)
    #expect(result.errors.isEmpty)
  }

  @Test func theWholeFileDecodeRecordsABodyThatIsNotUTF8() throws {
    var bytes = Array("---\ntitle: T\nlevels: 1\ntopics: []\n---\nbody ".utf8)
    bytes += [0xFF, 0x0A]
    var decoder = FrameworkDecoder(collectingErrors: true)
    let framework = try decoder.decode(bytes, name: "test", format: .markdown)
    #expect(framework.title == "T")
    #expect(decoder.errors.map(\.reason) == [.invalidUTF8InBody])
    #expect(decoder.errors.first?.position.line == 6)
  }
}
