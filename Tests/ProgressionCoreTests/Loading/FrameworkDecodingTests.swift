import ProgressionCore
import TestSupport
import Testing
import YAMLSubset

/// Reading whole framework files: the shipped backend framework, prose-only pages, notices.
@Suite struct FrameworkDecodingTests {
  static func shippedBackend() throws -> Framework {
    try Framework(contentsOf: try TestFiles.repositoryFile("frameworks/backend.md"))
  }

  @Test func readsTheShippedBackendFramework() throws {
    let framework = try Self.shippedBackend()
    #expect(framework.name == "backend")
    #expect(framework.title == "🛠️ Backend Engineering Framework")
    #expect(framework.levelCount == 6)
    #expect(framework.levels == 1...6)
    #expect(framework.sitePath == "/engineering/backend")
    #expect(framework.sidebarTitle == "🛠️ Backend")
    #expect(framework.sidebarGroup == "engineering")
    #expect(framework.homepage == true)
    #expect(framework.isProseOnly == false)
    #expect(
      framework.topics.map(\.name) == [
        "communication", "impact", "leadership", "influence", "mastery",
      ]
    )
    #expect(
      framework.topics.map(\.title) == [nil, nil, "👩‍💼 Leadership", "✨ Influence", "🛠️ Mastery"]
    )
    #expect(
      framework.topics.map(\.displayTitle)
        == ["Communication", "Impact", "👩‍💼 Leadership", "✨ Influence", "🛠️ Mastery"]
    )
    #expect(framework.body.hasPrefix("### About our engineering progression frameworks\n"))
    #expect(framework.body.hasSuffix("to further clarify them.\n"))
  }

  @Test func readsLevelsCriteriaAndExamples() throws {
    let framework = try Self.shippedBackend()
    let leadership = try #require(framework.topics.first { $0.name == "leadership" })
    #expect(leadership.levels.map(\.level) == [3, 4, 5, 6])
    #expect(leadership.entry(forLevel: 1) == nil)

    let communication = try #require(framework.topics.first)
    #expect(communication.levels.map(\.level) == [1, 2, 3, 4, 5, 6])
    let two = try #require(communication.entry(forLevel: 2))
    #expect(two.criteria.count == 5)
    #expect(two.criteria.map(\.isExampleCriterion) == [false, false, false, true, true])
    #expect(two.criteria[0].text.hasPrefix("Proactively communicates to their team"))
    #expect(
      two.criteria[3].text
        == "Provides helpful and actionable feedback in code reviews in an empathetic manner"
    )
    #expect(
      two.criteria[3].examples.map(\.text)
        == ["Take a look at the levelling up your code reviews talk for some ideas"]
    )
    #expect(two.position.line == 19)
    #expect(
      two.criteria[0].position
        == SourcePosition(line: 21, column: 13, offset: two.criteria[0].position.offset)
    )

    let mastery = try #require(framework.topics.last)
    let three = try #require(mastery.entry(forLevel: 3))
    let security = try #require(
      three.criteria.first { $0.text.hasPrefix("Proactively considers security") }
    )
    #expect(security.examples.count == 5)
    #expect(
      security.examples[3].text == "\"There's a risk here of X, Y but given Z, I think this is OK\""
    )
    #expect(framework.topics.flatMap(\.levels).flatMap(\.criteria).allSatisfy { $0.origin == .own })
  }

  @Test func readsTheSeedWithItsMojibakeAsIs() throws {
    let framework = try Framework(
      contentsOf: try TestFiles.seed(),
      name: "backend"
    )
    #expect(framework.title == "\u{F8FF}üõ†Ô∏è Backend Engineering Framework")
    #expect(Mojibake.repaired(framework.title) == "🛠️ Backend Engineering Framework")
    #expect(framework.topics.count == 5)
  }

  @Test func readsAProseOnlyPage() throws {
    let text = "---\ntitle: About\nyaml: false\n---\n# About\n\nSome prose.\n"
    let framework = try Framework(parsing: Array(text.utf8), name: "about", format: .markdown)
    #expect(framework.isProseOnly)
    #expect(framework.title == "About")
    #expect(framework.levelCount == 0)
    #expect(framework.levels == nil)
    #expect(framework.topics.isEmpty)
    #expect(framework.body == "# About\n\nSome prose.\n")
  }

  @Test func readsAYAMLFileWithoutBody() throws {
    let text = "title: T\nlevels: 2\ntopics:\n  - name: impact\n    content:\n      - level: 2\n"
    let framework = try Framework(
      contentsOf: SourceFile(path: "dir/small.yml", bytes: Array(text.utf8))
    )
    #expect(framework.name == "small")
    #expect(framework.body == "")
    #expect(framework.topics.first?.levels.first?.criteria == [])
  }

  @Test func keepsTheBodyVerbatimWithCRLFAndRules() throws {
    let text = "---\r\ntitle: T\r\nlevels: 1\r\ntopics: []\r\n---\r\nA\r\n---\r\nB\r\n"
    let framework = try Framework(parsing: Array(text.utf8), name: "t", format: .markdown)
    #expect(framework.body == "A\r\n---\r\nB\r\n")
  }

  @Test(arguments: [FrameworkFormat.markdown, .yaml])
  func acceptsAByteOrderMarkAndCRLF(format: FrameworkFormat) throws {
    let yaml = "title: T\r\nlevels: 2\r\ntopics:\r\n  - name: impact\r\n    content: []\r\n"
    let text = format == .markdown ? "---\r\n" + yaml + "---\r\nBody\r\n" : yaml
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    let framework = try Framework(parsing: bytes, name: "t", format: format)
    #expect(framework.title == "T")
    #expect(framework.topics.map(\.name) == ["impact"])
    #expect(framework.body == (format == .markdown ? "Body\r\n" : ""))
  }

  @Test func anEntryMayHaveOnlyExampleCriteria() throws {
    let text = """
      title: T
      levels: 3
      topics:
        - name: impact
          title: ""
          content:
            - level: 3
              exampleCriteria:
                - criteria: Ships
                  examples: [Often]
      """
    let framework = try Framework(parsing: Array(text.utf8), name: "t", format: .yaml)
    let topic = try #require(framework.topics.first)
    #expect(topic.title == nil)
    #expect(topic.levels.map(\.level) == [3])
    #expect(topic.levels[0].criteria.map(\.text) == ["Ships"])
    #expect(topic.levels[0].criteria[0].isExampleCriterion)
    #expect(topic.levels[0].criteria[0].examples.map(\.text) == ["Often"])
  }

  @Test func takesAnyScalarAsCriterionTextAndNullAsEmpty() throws {
    let marked = MarkedText(
      """
      title: T
      levels: 1
      owner: me
      topics:
        - name: 42
          content:
            - level: 1
              criteria:
                - 100
                - true
                - 1️⃣
                - "quoted"
              exampleCriteria:
                - criteria: 2️⃣~
                  examples: [3️⃣~, x]
      """
    )
    var decoder = FrameworkDecoder()
    let framework = try decoder.decode(marked.bytes, name: "t", format: .yaml)
    let topic = try #require(framework.topics.first)
    #expect(topic.name == "42")
    #expect(topic.levels[0].criteria.map(\.text) == ["100", "true", "", "quoted", ""])
    #expect(topic.levels[0].criteria[4].examples.map(\.text) == ["", "x"])
    #expect(
      decoder.notices.map(\.kind) == [
        .unknownKey("owner", knownKeys: FrameworkDecoder.frameworkKeys),
        .nullCriterion, .nullCriterion, .nullExample,
      ]
    )
    #expect(
      decoder.notices.dropFirst().map(\.position.line) == [
        marked[1].line, marked[2].line, marked[3].line,
      ]
    )
  }
}
