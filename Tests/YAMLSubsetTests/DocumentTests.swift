import Foundation
import TestSupport
import Testing
import YAMLSubset

@Suite struct DocumentTests {
  static let cases: [ParseCase] = [
    ParseCase("start marker", "---\na: 1\n", #"{"a":"1"}"#),
    ParseCase("start marker with a comment", "--- # front matter\na: 1\n", #"{"a":"1"}"#),
    ParseCase("start marker with trailing white space", "--- \t\na: 1\n", #"{"a":"1"}"#),
    ParseCase(
      "flow mapping on the start marker line",
      "--- {a: 1,\n  b: 2}\n",
      #"{"a":"1","b":"2"}"#
    ),
    ParseCase("flow sequence on the start marker line", "--- [a]\n...\n", #"["a"]"#),
    ParseCase("scalar on the start marker line", "--- text\nmore\n", #""text more""#),
    ParseCase("quoted scalar on the start marker line", "--- \"x\" # c\n", #""x""#),
    ParseCase("end marker", "a: 1\n...\n", #"{"a":"1"}"#),
    ParseCase("both markers", "---\na: 1\n...\n# after\n", #"{"a":"1"}"#),
    ParseCase("end marker with a comment", "a: 1\n... # done\n", #"{"a":"1"}"#),
    ParseCase("comments before the start marker", "# one\n\n# two\n---\na: 1\n", #"{"a":"1"}"#),
    ParseCase("end marker before the document", "...\na: 1\n", #"{"a":"1"}"#),
    ParseCase("end marker after a sequence", "- a\n...\n", #"["a"]"#),
    ParseCase("end marker ends a multi-line scalar", "a: one\n  two\n...\n", #"{"a":"one two"}"#),
    ParseCase("byte-order mark", "\u{FEFF}a: 1\n", #"{"a":"1"}"#),
    ParseCase("byte-order mark then start marker", "\u{FEFF}---\na: 1\n", #"{"a":"1"}"#),
    ParseCase(
      "CRLF everywhere",
      "---\r\na: 1\r\n# c\r\n\r\nb: x\r\n...\r\n",
      #"{"a":"1","b":"x"}"#
    ),
    ParseCase("empty input", "", "nil"),
    ParseCase("only a byte-order mark", "\u{FEFF}", "nil"),
    ParseCase("only blank lines", "\n\n  \n\t\n", "nil"),
    ParseCase("only comments", "# a\n  # b\n", "nil"),
    ParseCase("only a start marker", "---\n", "nil"),
    ParseCase("only markers", "---\n...\n", "nil"),
    ParseCase("only an end marker", "...\n", "nil"),
  ]

  @Test(arguments: cases)
  func parses(_ testCase: ParseCase) {
    expectYAML(testCase.yaml, parsesAs: testCase.expected)
  }

  @Test func seedFrameworkFrontMatterParses() throws {
    let bytes = try seedBytes()
    let text = String(decoding: bytes, as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    // Lines 2 to 258 are the front matter, between the two '---' lines.
    #expect(lines[0] == "---")
    #expect(lines[258] == "---")
    let start = lines[0].utf8.count + 1
    let end = lines[1...257].reduce(start) { $0 + $1.utf8.count + 1 }
    let root = try #require(try YAMLParser.parse(bytes, range: start..<end, firstLine: 2))
    let mapping = try #require(root.mapping)
    #expect(mapping.position == SourcePosition(line: 2, column: 1, offset: start))
    #expect(
      mapping.entries.map(\.key.text) == [
        "path", "title", "sidebarTitle", "sidebarGroup", "yaml", "levels", "homepage", "topics",
      ]
    )
    // Mac Roman mojibake of "🛠️", private-use character included, read byte for byte.
    let mojibake = "\u{F8FF}\u{FC}\u{F5}\u{2020}\u{D4}\u{220F}\u{E8}"
    #expect(mapping["title"]?.scalar?.text == "\(mojibake) Backend Engineering Framework")
    #expect(mapping["title"]?.scalar?.style == .doubleQuoted)
    #expect(mapping["levels"]?.scalar?.value == .int(6))
    #expect(mapping["yaml"]?.scalar?.value == .bool(true))
    let topics = try #require(mapping["topics"]?.sequence?.items)
    #expect(
      topics.compactMap { $0.mapping?["name"]?.scalar?.text } == [
        "communication", "impact", "leadership", "influence", "mastery",
      ]
    )
    let communication = try #require(topics.first?.mapping)
    #expect(communication["title"]?.scalar?.isNull == true)
    let levels = try #require(communication["content"]?.sequence?.items)
    #expect(levels.compactMap { $0.mapping?["level"]?.scalar?.value } == (1...6).map { .int($0) })
    let firstCriterion = try #require(levels.first?.mapping?["criteria"]?.sequence?.items.first)
    #expect(firstCriterion.scalar?.text == "Provides regular status updates to their mentor/buddy")
    #expect(firstCriterion.position.line == 15)
    #expect(firstCriterion.position.column == 13)
    // The last criterion of the last topic.
    let mastery = try #require(topics.last?.mapping?["content"]?.sequence?.items.last?.mapping)
    let last = try #require(mastery["criteria"]?.sequence?.items.last?.scalar)
    #expect(last.text == "Serves as a technical authority in the wider engineering community")
    #expect(last.position.line == 258)
  }

  private func seedBytes() throws -> [UInt8] {
    Array(try Data(contentsOf: PackagePaths.seed))
  }
}
