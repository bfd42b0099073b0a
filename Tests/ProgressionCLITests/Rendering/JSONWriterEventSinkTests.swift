import Foundation
import ProgressionCLI
import ProgressionCore
import TestSupport
import Testing
import YAMLSubset

/// The JSON of a document, or the error that stopped its parse.
private enum Outcome: Equatable {
  case json(String)
  case failure(YAMLError)
}

/// `dump`'s JSON made from the parsed tree, as `dump` made it before it streamed.
private func treeJSON(_ bytes: [UInt8], range: Range<Int>, firstLine: Int) -> Outcome {
  do {
    let document = try YAMLParser.parse(bytes, range: range, firstLine: firstLine)
    var writer = JSONWriter()
    writer.write(document)
    writer.endDocument()
    return .json(String(decoding: writer.bytes, as: UTF8.self))
  } catch {
    return .failure(error)
  }
}

/// `dump`'s JSON written by the event sink while the parser reads.
private func streamedJSON(_ bytes: [UInt8], range: Range<Int>, firstLine: Int) -> Outcome {
  let json = JSONWriter.EventSink(writer: JSONWriter())
  do {
    let hasRoot = try YAMLParser.parse(bytes, range: range, firstLine: firstLine, into: json)
    return .json(String(decoding: json.finish(hasRoot: hasRoot), as: UTF8.self))
  } catch {
    return .failure(error)
  }
}

/// Expects both paths to give the same JSON (or the same error) for `bytes`, read as Markdown
/// front matter if `asMarkdown`.
private func expectSameJSON(
  _ bytes: [UInt8],
  asMarkdown: Bool = false,
  _ comment: Comment? = nil,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  var range = bytes.indices
  var firstLine = 1
  if asMarkdown {
    guard let frontMatter = try? FrontMatter(splitting: bytes) else { return }
    range = frontMatter.yamlRange
    firstLine = frontMatter.yamlFirstLine
  }
  let tree = treeJSON(bytes, range: range, firstLine: firstLine)
  let streamed = streamedJSON(bytes, range: range, firstLine: firstLine)
  #expect(streamed == tree, comment, sourceLocation: sourceLocation)
}

/// Builds random nested YAML from a seed, the same every run.
private struct YAMLGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

  private mutating func next(_ bound: Int) -> Int {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return Int(state % UInt64(bound))
  }

  private static let scalars = [
    "~", "null", "Null", "NULL", "", "true", "False", "TRUE", "0", "-12", "+7", "0x1F", "0o17",
    "3.25", "-0.5", "1e3", ".5", ".inf", "-.Inf", "+.INF", ".nan", ".NaN", "plain text",
    "'single ''quoted'''", "\"double \\\"quoted\\\" \\t\\n\\u00e9\\x01\"", "\"\\u2028 \\u202E\"",
    "café", "😀 emoji", "\"\"", "''", "a:b", "\"- not a dash\"", "\"#not a comment\"",
    "9223372036854775807",
    "-9223372036854775808", "1_000", "0x", "12:30", "yes", "no",
  ]

  private mutating func scalar() -> String {
    Self.scalars[next(Self.scalars.count)]
  }

  private mutating func key(_ index: Int) -> String {
    switch next(4) {
    case 0: "k\(index)"
    case 1: "\"key \(index)\""
    case 2: "'k\(index)'"
    default: "\(index)"
    }
  }

  /// A flow collection at most `depth` deep.
  private mutating func flow(depth: Int) -> String {
    let count = next(4)
    if depth == 0 || next(2) == 0 {
      let items = (0..<count).map { _ in depth == 0 ? flowScalar() : flow(depth: depth - 1) }
      return "[" + items.joined(separator: ", ") + "]"
    }
    let entries = (0..<count).map { "k\($0): " + flow(depth: depth - 1) }
    return "{" + entries.joined(separator: ", ") + "}"
  }

  private mutating func flowScalar() -> String {
    ["1", "x y", "\"q\"", "~", ".inf", "true", "2.5", "'s'"][next(8)]
  }

  /// A block node's text after `key:` or `-`, the node indented by `indent`.
  private mutating func value(indent: Int, depth: Int) -> String {
    let pad = String(repeating: " ", count: indent)
    switch depth == 0 ? next(3) : next(7) {
    case 0: return " " + scalar() + "\n"
    case 1: return " " + flow(depth: 2) + "\n"
    case 2:
      let header = ["|", ">", "|-", ">+", "|2"][next(5)]
      return " \(header)\n\(pad)  line one\n\n\(pad)  line two\n\(pad)   indented\n"
    case 3, 4: return "\n" + mapping(indent: indent + 2, depth: depth - 1)
    default: return "\n" + sequence(indent: indent + 2, depth: depth - 1)
    }
  }

  mutating func mapping(indent: Int, depth: Int) -> String {
    let pad = String(repeating: " ", count: indent)
    return (0..<(1 + next(5))).map { pad + key($0) + ":" + value(indent: indent, depth: depth) }
      .joined()
  }

  mutating func sequence(indent: Int, depth: Int) -> String {
    let pad = String(repeating: " ", count: indent)
    return (0..<(1 + next(5))).map { _ in pad + "-" + value(indent: indent, depth: depth) }
      .joined()
  }
}

@Suite struct JSONWriterEventSinkTests {
  static let handWritten: [String] = [
    "", "# only a comment\n", "---\n", "--- \n...\n", "---\n# c\n...\n", "a\n", "'quoted root'\n",
    "[]\n", "{}\n", "[a, [b, {c: d}], {e: [f]}]\n", "- [a: 1, b: 2]\n", "[a: 1, {b: c}: 2]\n",
    "{a, b: , c: ~}\n", "a: |\n  x\n  y\nb: >-\n  folded\n  text\n\n  more\nc: |+\n  kept\n\n",
    "top:\n  - a: 1\n    b:\n      - x\n      -\n      - - nested\n  - []\n",
    "a: .inf\nb: -.inf\nc: .nan\nd: 1e-3\ne: 0.1\nf: -0.0\ng: 1.0e+10\nh: 123456789012\n",
    "a: \"\\u0000\\u001F\\u007F\\u0085\\u200E\\uFEFF\"\n", "a: 1\nb: 2\na: 3\n", "a: [1, 2\n",
    "a: 99999999999999999999\n", "{a: 1, a: 2}\n", "- a\n-b\n", "a:\n  b: c\n d: e\n",
  ]

  @Test(arguments: handWritten)
  func handWrittenInputsGiveTheSameJSON(_ yaml: String) {
    expectSameJSON(Array(yaml.utf8))
  }

  @Test(arguments: 0..<200)
  func generatedInputsGiveTheSameJSON(_ seed: Int) {
    var generator = YAMLGenerator(seed: UInt64(seed))
    let yaml =
      seed % 2 == 0
      ? generator.mapping(indent: 0, depth: 4) : generator.sequence(indent: 0, depth: 4)
    let bytes = Array(yaml.utf8)
    // The generator writes valid YAML only, so that the JSON, not an error, is compared.
    if case .failure(let error) = treeJSON(bytes, range: bytes.indices, firstLine: 1) {
      Issue.record("\(error)\n\(yaml)")
    }
    expectSameJSON(bytes, "\(yaml)")
  }

  @Test func everyFixtureGivesTheSameJSON() throws {
    let roots = [TestPaths.fixtures, PackagePaths.file("frameworks")]
    var count = 0
    for root in roots {
      let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
      while let url = files?.nextObject() as? URL {
        let isMarkdown = url.pathExtension == "md"
        guard isMarkdown || url.pathExtension == "yml" || url.pathExtension == "yaml" else {
          continue
        }
        let bytes = try [UInt8](Data(contentsOf: url))
        expectSameJSON(bytes, asMarkdown: isMarkdown, "\(url.lastPathComponent)")
        count += 1
      }
    }
    #expect(count >= 10)
  }

  @Test func aLateParseErrorPrintsOnlyTheError() {
    let yaml = (0..<2_000).map { "k\($0): v\n" }.joined() + "k7: again\n"
    let run = ToolRun(["dump", "-"], standardInput: yaml)
    #expect(run.status == .failure)
    #expect(run.standardOutput.isEmpty)
    #expect(run.standardError.contains("duplicate key 'k7' (first defined on line 8)"))
  }
}
