import Foundation
import ProgressionCore
import TestSupport
import Testing
import YAMLSubset

/// Each structural rule, from inline YAML, at the place marked; the rest of each sample is clean.
@Suite struct FrameworkValidatorTests {
  typealias S = ValidationSample

  @Test func aCleanFrameworkHasNoFindings() {
    #expect(S.findings(S.yaml()).isEmpty)
    #expect(S.findings("---\n" + S.yaml() + "---\n# About\n", format: .markdown).isEmpty)
  }

  @Test func levelOutOfRangeIsReportedAndTheRestChecked() {
    expectFindings(
      S.yaml(
        topics: """
            - name: impact
              content:
                - level: 1
                  criteria: ["a"]
                - level: 2
                  criteria: ["b"]
                - level: 1️⃣3
                  criteria: ["2️⃣ c"]

          """
      ),
      [("level-out-of-range", 1), ("whitespace", 2)]
    )
  }

  @Test func duplicateLevelPointsAtBoth() throws {
    let marked = MarkedText(
      S.yaml(
        topics: """
            - name: impact
              content:
                - level: 2️⃣1
                  criteria: ["a"]
                - level: 2
                  criteria: ["b"]
                - level: 1️⃣1
                  criteria: ["c"]

          """
      )
    )
    let findings = S.findings(marked.text)
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.ruleID == "duplicate-level")
    #expect(finding.severity == .error)
    #expect(finding.position == marked[1])
    #expect(
      finding.notes == [Diagnostic.Note(message: "first appearance is here", position: marked[2])]
    )
    #expect(
      finding.message
        == "level 1 appears twice in topic 'impact' (first on line 6); merge the two items"
    )
  }

  @Test func levelOrder() throws {
    let marked = MarkedText(
      S.yaml(
        topics: """
            - name: impact
              content:
                - level: 2
                  criteria: ["b"]
                - 1️⃣level: 1
                  criteria: ["a"]

          """
      )
    )
    let finding = try #require(S.findings(marked.text).first)
    #expect(finding.ruleID == "level-order")
    #expect(finding.severity == .warning)
    #expect(finding.position == marked[1])
    #expect(
      finding.message
        == "level 1 comes after level 2 in topic 'impact'; list the levels of a topic in "
        + "ascending order"
    )
  }

  @Test(
    arguments: [
      (4, [1, 2], "no topic has levels 3 and 4; add them to a topic, or lower 'levels' to 2"),
      (3, [2, 1], "no topic has level 3; add it to a topic, or lower 'levels' to 2"),
      (3, [2], "no topic has levels 1 and 3; add them to a topic"),
      (5, [1, 3], "no topic has levels 2, 4 and 5; add them to a topic"),
      (9, [1, 5], "no topic has levels 2–4 and 6–9; add them to a topic"),
      (1000, [1], "no topic has levels 2–1000; add them to a topic, or lower 'levels' to 1"),
    ]
  )
  func missingLevels(levelCount: Int, reached: [Int], message: String) throws {
    let marked = MarkedText(
      S.yaml(levels: levelCount, topics: S.topic(reaching: reached))
        .replacingOccurrences(of: "levels: \(levelCount)", with: "levels: 1️⃣\(levelCount)")
    )
    let findings = S.findings(marked.text).filter { $0.ruleID == "missing-levels" }
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.position == marked[1])
    #expect(finding.severity == .warning)
    #expect(finding.message == message)
  }

  @Test func levelsReachedByDifferentTopicsAreNotMissing() {
    let topics = S.topic(reaching: [1, 2], name: "impact") + S.topic(reaching: [3], name: "scope")
    #expect(S.findings(S.yaml(levels: 3, topics: topics)).isEmpty)
  }

  @Test func aProseOnlyFrameworkHasNoLevelsToMiss() {
    #expect(S.findings("title: T\nyaml: false\n").isEmpty)
  }

  @Test func duplicateTopicIgnoresCase() throws {
    let marked = MarkedText(
      "title: T\nlevels: 1\ntopics:\n  - 2️⃣name: impact\n    content:\n      - level: 1\n"
        + "        criteria: [a]\n  - 1️⃣name: Impact\n    content:\n      - level: 1\n"
        + "        criteria: [b]\n"
    )
    let finding = try #require(S.findings(marked.text).first)
    #expect(finding.ruleID == "duplicate-topic")
    #expect(finding.severity == .error)
    #expect(finding.position == marked[1])
    #expect(finding.notes.map(\.position) == [marked[2]])
    #expect(
      finding.message
        == "topic 'Impact' appears twice (first on line 4); merge the two topics, or rename one"
    )
  }

  @Test func emptyTopic() {
    expectFindings(
      S.yaml(topics: S.defaultTopic + "  - 1️⃣name: scope\n    content: []\n"),
      [("empty-topic", 1)]
    )
  }

  @Test func emptyCriteria() {
    expectFindings(
      S.yaml(
        levels: 3,
        topics: """
            - name: impact
              content:
                - level: 1
                  criteria: ["a"]
                - 1️⃣level: 2
                - 2️⃣level: 3
                  criteria: []
                  exampleCriteria: []

          """
      ),
      [("empty-criteria", 1), ("empty-criteria", 2)]
    )
  }

  @Test func emptyCriterionAndExample() {
    expectFindings(
      S.yaml(
        topics: """
            - name: impact
              content:
                - level: 1
                  criteria:
                    - 1️⃣""
                    - 2️⃣~
                    - 3️⃣"  "
                    - "a"
                - level: 2
                  exampleCriteria:
                    - criteria: "b"
                      examples: ["c", 4️⃣'', 5️⃣null]

          """
      ),
      [
        ("empty-criterion", 1), ("empty-criterion", 2), ("empty-criterion", 3),
        ("empty-example", 4), ("empty-example", 5),
      ]
    )
  }

  @Test func duplicateCriterionNamesBothPlaces() throws {
    let marked = MarkedText(
      S.yaml(
        topics: """
            - name: impact
              content:
                - level: 1
                  criteria: [2️⃣"Ships features"]
                - level: 2
                  exampleCriteria:
                    - criteria: 1️⃣Ships features
                      examples: [a]
            - name: scope
              content:
                - level: 1
                  criteria: [3️⃣" Ships features"]
                - level: 2
                  criteria: ["Ships small changes"]

          """
      )
    )
    let findings = S.findings(marked.text)
    #expect(findings.map(\.ruleID) == ["duplicate-criterion", "duplicate-criterion", "whitespace"])
    #expect(findings.map(\.position) == [marked[1], marked[3], marked[3].advanced(by: 1)])
    #expect(findings.allSatisfy { $0.notes.map(\.position) == [marked[2]] || $0.notes.isEmpty })
    #expect(
      findings.first?.message
        == "this criterion repeats the one on line 7 (topic 'impact', level 1); remove one of "
        + "them, or tell them apart"
    )
  }

  /// Texts that differ anywhere, in length or in one byte, are not duplicates; equal ones are,
  /// however many criteria there are.
  @Test func duplicatesAreFoundAmongManyNearTwins() {
    let texts = (0..<300).flatMap { index in
      ["Ships feature \(index)", "Ships feature \(index) ", "Ships feature \(index)!"]
    }
    var topic = "  - name: impact\n    content:\n      - level: 1\n        criteria:\n"
    for text in texts { topic += "          - \"\(text.trimmingCharacters(in: .whitespaces))\"\n" }
    topic += "      - level: 2\n        criteria: [\"Ships feature 7!\", \"Ships feature 299\"]\n"
    let findings = S.findings(S.yaml(topics: topic))
    #expect(findings.map(\.ruleID) == Array(repeating: "duplicate-criterion", count: 300 + 2))
    #expect(findings.suffix(2).map { $0.notes.first?.position.line } == [31, 905])
  }

  @Test func exampleWithoutExamples() {
    expectFindings(
      S.yaml(
        topics: """
            - name: impact
              content:
                - level: 1
                  exampleCriteria:
                    - criteria: 1️⃣"a"
                    - criteria: 2️⃣"b"
                      examples: []
                    - criteria: "c"
                      examples: ["d"]
                - level: 2
                  criteria: ["e"]

          """
      ),
      [("example-without-examples", 1), ("example-without-examples", 2)]
    )
  }

  @Test func unknownKeysWithSuggestions() throws {
    let marked = MarkedText(
      S.yaml(
        topics: """
            - name: impact
              1️⃣titel: Impact
              content:
                - level: 1
                  criteria: ["a"]
                  2️⃣critera: ["x"]
                - level: 2
                  criteria: ["b"]

          """,
        extraKeys: "3️⃣colour: blue\n"
      )
    )
    let findings = S.findings(marked.text)
    #expect(findings.map(\.ruleID) == ["unknown-key", "unknown-key", "unknown-key"])
    #expect(findings.map(\.position) == [marked[3], marked[1], marked[2]])
    #expect(
      findings.map(\.message) == [
        "unknown key 'colour' is ignored; remove it, or use one of 'path', 'title', "
          + "'sidebarTitle', 'sidebarGroup', 'yaml', 'levels', 'homepage', 'topics'",
        "unknown key 'titel' is ignored; did you mean 'title'?",
        "unknown key 'critera' is ignored; did you mean 'criteria'?",
      ]
    )
    #expect(findings.allSatisfy { $0.severity == .warning })
  }

  @Test func aYAMLErrorIsOneFindingAndStopsTheStructuralChecks() throws {
    let marked = MarkedText("title: T\nlevels: 1️⃣[1\n")
    let findings = S.findings(marked.text)
    #expect(findings.map(\.ruleID) == ["yaml-syntax"])
    #expect(findings.allSatisfy { $0.severity == .error })
  }

  @Test func readerErrorsKeepTheirRuleIDsAndMessages() throws {
    let marked = MarkedText("1️⃣title: T\ntopics: []\n")
    let finding = try #require(S.findings(marked.text).first)
    #expect(finding.ruleID == "missing-levels-key")
    #expect(finding.position == marked[1])
    #expect(finding.message == FrameworkError.Reason.missingLevels.message)
  }

  @Test func aMissingFrontMatterStopsTheFileButNotTheByteChecks() throws {
    let findings = S.findings("# Notes about caf\u{00C3}\u{00A9}s\n", format: .markdown)
    #expect(findings.map(\.ruleID) == ["missing-front-matter", "mojibake"])
  }
}

extension SourcePosition {
  /// The position `count` ASCII characters further on the same line.
  func advanced(by count: Int) -> SourcePosition {
    SourcePosition(line: line, column: column + count, offset: offset + count)
  }
}
