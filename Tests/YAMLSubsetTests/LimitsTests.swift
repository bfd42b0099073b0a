import TestSupport
import Testing
import YAMLSubset

@Suite struct LimitsTests {
  static let depth = YAMLParser.maximumDepth

  @Test func maximumDepthIs512() {
    #expect(YAMLParser.maximumDepth == 512)
  }

  @Test func flowSequencesAtTheLimitParse() throws {
    let yaml = String(repeating: "[", count: Self.depth) + String(repeating: "]", count: Self.depth)
    var node = try #require(parsed(yaml))
    var levels = 1
    while let first = node.sequence?.items.first {
      node = first
      levels += 1
    }
    #expect(levels == Self.depth)
  }

  @Test func deepFlowSequencesAreRefused() {
    let yaml =
      String(repeating: "[", count: Self.depth) + "1️⃣" + String(repeating: "[", count: 100_000)
    expectError(yaml, .nestingTooDeep(limit: Self.depth))
  }

  @Test(.tags(.stress)) func deepFlowMappingsAreRefused() {
    // The block mapping around them is the first level.
    let yaml =
      "k: " + String(repeating: "{a: ", count: Self.depth - 1) + "1️⃣"
      + String(repeating: "{a: ", count: Stress.size(quick: 1_000, full: 100_000))
    expectError(yaml, .nestingTooDeep(limit: Self.depth))
  }

  @Test func deepFlowPairsAreRefused() {
    let yaml = String(repeating: "[a: ", count: 100_000)
    do {
      _ = try YAMLParser.parse(Array(yaml.utf8))
      Issue.record("parsed")
    } catch {
      #expect(error.reason == .nestingTooDeep(limit: Self.depth))
    }
  }

  @Test func blockSequencesAtTheLimitParse() throws {
    let yaml = String(repeating: "- ", count: Self.depth) + "x\n"
    var node = try #require(parsed(yaml))
    var levels = 0
    while let first = node.sequence?.items.first {
      node = first
      levels += 1
    }
    #expect(levels == Self.depth)
    #expect(node.scalar?.text == "x")
  }

  @Test func deepBlockSequencesAreRefused() {
    let yaml =
      String(repeating: "- ", count: Self.depth) + "1️⃣" + String(repeating: "- ", count: 100_000)
      + "x\n"
    expectError(yaml, .nestingTooDeep(limit: Self.depth))
  }

  @Test(.tags(.stress)) func deepSequencesOfMappingsAreRefused() {
    // Each line opens a sequence and a mapping: the 513th collection is the 257th line's '-'.
    let lines = (0..<Stress.size(quick: 300, full: 1_000)).map {
      String(repeating: "  ", count: $0) + ($0 == 256 ? "1️⃣" : "") + "- a:\n"
    }
    expectError(lines.joined(), .nestingTooDeep(limit: Self.depth))
  }

  @Test func blockMappingsAtTheLimitParse() throws {
    let yaml = (0..<Self.depth).map { String(repeating: " ", count: $0) + "k:\n" }.joined()
    var node = try #require(parsed(yaml))
    var levels = 0
    while let value = node.mapping?["k"] {
      node = value
      levels += 1
    }
    #expect(levels == Self.depth)
  }

  @Test(.tags(.stress)) func deepBlockMappingsAreRefused() {
    let levels = Stress.size(quick: 600, full: 2_000)
    let lines = (0..<levels).map {
      String(repeating: " ", count: $0) + ($0 == Self.depth ? "1️⃣" : "") + "k:\n"
    }
    expectError(lines.joined(), .nestingTooDeep(limit: Self.depth))
  }

  /// Scalars of 5 MB each at full size, in every style.
  @Test(.tags(.stress)) func hugeScalars() throws {
    let size = Stress.size(quick: 200_000, full: 5_000_000)
    let word = String(repeating: "x", count: size)
    let yaml = "a: \(word)\nb: \"\(word)\"\nc: '\(word)'\nd: |\n  \(word)\n"
    let root = try #require(parsed(yaml)?.mapping)
    #expect(root["a"]?.scalar?.text.utf8.count == size)
    #expect(root["b"]?.scalar?.text.utf8.count == size)
    #expect(root["c"]?.scalar?.text.utf8.count == size)
    #expect(root["d"]?.scalar?.text.utf8.count == size + 1)
  }

  @Test(.tags(.stress)) func longFoldedScalar() throws {
    let words = (0..<Stress.size(quick: 10_000, full: 200_000)).map { "w\($0)" }
    let yaml = "a: \"" + words.joined(separator: "\n  ") + "\"\n"
    let text = try #require(parsed(yaml)?.mapping?["a"]?.scalar?.text)
    #expect(text == words.joined(separator: " "))
  }

  /// 100,000 keys at full size.
  @Test(.tags(.stress)) func manyKeys() throws {
    let count = Stress.size(quick: 5_000, full: 100_000)
    let yaml = (0..<count).map { "key\($0): value \($0)\n" }.joined()
    let root = try #require(parsed(yaml)?.mapping)
    #expect(root.entries.count == count)
    #expect(root.entries.last?.key.text == "key\(count - 1)")
    #expect(root.entries.last?.value.scalar?.text == "value \(count - 1)")
    #expect(root.entries.last?.key.position.line == count)
  }

  /// A duplicate of a key in the middle of 100,000 at full size.
  @Test(.tags(.stress)) func duplicateAmongManyKeys() {
    let count = Stress.size(quick: 5_000, full: 100_000)
    let repeated = count * 7 / 9
    let yaml = (0..<count).map { "key\($0): v\n" }.joined() + "1️⃣key\(repeated): again\n"
    expectError(yaml, .duplicateKey("key\(repeated)", firstLine: repeated + 1))
  }

  @Test(.tags(.stress)) func longFlowSequenceOnOneLine() throws {
    let count = Stress.size(quick: 20_000, full: 500_000)
    let yaml = "[" + (0..<count).map { "\($0)" }.joined(separator: ",") + "]"
    let items = try #require(parsed(yaml)?.sequence?.items)
    #expect(items.count == count)
    #expect(items.last?.scalar?.value == .int(count - 1))
    #expect(items.last?.position.column == yaml.count - "\(count - 1)]".count + 1)
  }

  @Test(.tags(.stress)) func wideFlowMapping() throws {
    let count = Stress.size(quick: 5_000, full: 100_000)
    let yaml = "{" + (0..<count).map { "k\($0): \($0)" }.joined(separator: ", ") + "}"
    let root = try #require(parsed(yaml)?.mapping)
    #expect(root.entries.count == count)
    #expect(root["k\(count - 1)"]?.scalar?.value == .int(count - 1))
  }

  @Test(.tags(.stress)) func longSequence() throws {
    let count = Stress.size(quick: 5_000, full: 100_000)
    let yaml = (0..<count).map { "- item \($0)\n" }.joined()
    let items = try #require(parsed(yaml)?.sequence?.items)
    #expect(items.count == count)
    #expect(
      items.last?.position
        == SourcePosition(
          line: count,
          column: 3,
          offset: yaml.utf8.count - "item \(count - 1)\n".utf8.count
        )
    )
  }
}
