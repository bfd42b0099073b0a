import ProgressionCore
import YAMLSubset

/// One stage of the tool, timed inside the benchmark's own process.
///
/// `prepare` does the untimed work the stage needs (for rendering: parsing and loading) and
/// returns the timed body, which returns a number derived from its result so that the optimizer
/// cannot drop the work.
struct InProcessOperation: Sendable {
  var name: String
  /// What the stage does, for `--help` and the report's legend.
  var summary: String
  var prepare: @Sendable ([UInt8]) throws -> () throws -> Int

  /// The stages measured, in pipeline order; the newline-count floor comes first.
  static let all: [InProcessOperation] = [floor, parse]

  /// The floor: a plain loop counting `\n` over the same bytes. Nothing that looks at every byte
  /// can be much faster, so every other figure is also shown as a fraction of it.
  static let floor = InProcessOperation(
    name: "floor",
    summary: "a plain loop counting newlines over the same bytes"
  ) { bytes in
    { countNewlines(bytes) }
  }

  /// Finding the front matter and parsing its YAML into nodes.
  static let parse = InProcessOperation(
    name: "parse",
    summary: "front matter split and YAML parse into nodes"
  ) { bytes in
    {
      let frontMatter = try FrontMatter(splitting: bytes)
      let root = try YAMLParser.parse(
        bytes,
        range: frontMatter.yamlRange,
        firstLine: frontMatter.yamlFirstLine
      )
      return root == nil ? 0 : 1
    }
  }
}

/// The floor loop, kept out of line so that it is compiled as the plain loop it reads as.
@inline(never)
func countNewlines(_ bytes: [UInt8]) -> Int {
  var count = 0
  for byte in bytes where byte == UInt8(ascii: "\n") {
    count += 1
  }
  return count
}
