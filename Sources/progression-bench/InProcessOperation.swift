import ProgressionCLI
import ProgressionCore
import YAMLSubset

/// One stage of the tool, timed inside the benchmark's own process.
///
/// `prepare` does the untimed work the stage needs (for rendering: parsing) and returns the timed
/// body, which returns a number derived from its result so that the optimizer cannot drop the
/// work. The stages that run a whole command call `Tool.run` (the CLI in-process, output
/// collected in memory): the renderers are internal to ProgressionCLI, and the command is what
/// users wait for anyway.
struct InProcessOperation: Sendable {
  /// What an operation works on: a generated file, read into memory.
  struct Input {
    var bytes: [UInt8]
    var path: String
  }

  var name: String
  /// What the stage does, for the report's legend.
  var summary: String
  var prepare: @Sendable (Input) throws -> () throws -> Int

  /// The stages measured, in pipeline order; the newline-count floor comes first.
  static let all: [InProcessOperation] = [
    floor, parse, dumpJSON, load, runDump, runShowJSON, runShowText, runMatrixJSON,
    runCompareJSON,
  ]

  /// The floor: a plain loop counting `\n` over the same bytes. Nothing that looks at every byte
  /// can be much faster, so every other figure is also shown as a fraction of it.
  static let floor = InProcessOperation(
    name: "floor",
    summary: "a plain loop counting newlines over the same bytes"
  ) { input in
    { countNewlines(input.bytes) }
  }

  /// Finding the front matter and parsing its YAML into nodes.
  static let parse = InProcessOperation(
    name: "parse",
    summary: "FrontMatter(splitting:) + YAMLParser.parse"
  ) { input in
    { try parseFrontMatter(input.bytes) == nil ? 0 : 1 }
  }

  /// `dump`'s rendering: the parsed tree written as JSON.
  static let dumpJSON = InProcessOperation(
    name: "tree → JSON",
    summary: "JSONWriter.write(_: YAMLNode?) of the parsed tree, as dump does"
  ) { input in
    let root = try parseFrontMatter(input.bytes)
    return {
      var writer = JSONWriter(reservingCapacity: input.bytes.count * 2)
      writer.write(root)
      return writer.bytes.count
    }
  }

  /// Decoding the parsed tree into the framework model.
  static let load = InProcessOperation(
    name: "tree → model",
    summary: "FrameworkDecoder.decodeFramework of the parsed tree"
  ) { input in
    guard let root = try parseFrontMatter(input.bytes) else { throw BenchError("empty document") }
    return {
      var decoder = FrameworkDecoder()
      return try decoder.decodeFramework(root, name: "bench").topics.count
    }
  }

  /// `progression dump FILE`, in-process: read, parse and JSON, without process start-up.
  static let runDump = command("dump (Tool.run)", ["dump"])

  /// `progression show FILE --examples --format json`, in-process: load, select, render.
  static let runShowJSON = command(
    "show json (Tool.run)",
    ["show", "--examples", "--format", "json"]
  )

  /// `progression show FILE --examples`, in-process, as text into a pipe (no wrapping).
  static let runShowText = command("show text (Tool.run)", ["show", "--examples"])

  /// `progression matrix FILE --format json`, in-process: load, tabulate, render the counts.
  static let runMatrixJSON = command("matrix (Tool.run)", ["matrix", "--format", "json"])

  /// `progression compare FILE SISTER --format json`, in-process: load both, pair every
  /// criterion, render. The sister file (written before timing) is the input with every ` the `
  /// changed to ` our `: the topics and levels are the same, the criteria with "the" are
  /// rewordings for `RewordMatcher` to find and the others are the same text, as in two
  /// disciplines of one company.
  static let runCompareJSON = command(
    "compare (Tool.run)",
    ["compare", "--format", "json"],
    summary: "Tool.run([compare, --format, json, path, sister]), sister: ' the ' → ' our '"
  ) { input in
    let sister = input.path + ".sister.md"
    try writeSister(of: input.bytes, to: sister)
    return [sister]
  }

  /// Runs the CLI in-process with `arguments` followed by the input's path and what `extra`
  /// returns (prepared before timing).
  private static func command(
    _ name: String,
    _ arguments: [String],
    summary: String? = nil,
    extra: @escaping @Sendable (Input) throws -> [String] = { _ in [] }
  ) -> InProcessOperation {
    InProcessOperation(
      name: name,
      summary: summary ?? "Tool.run([\(arguments.joined(separator: ", ")), path])"
    ) { input in
      let environment = Tool.Environment(arguments: arguments + [input.path] + (try extra(input)))
      return {
        let result = Tool.run(environment)
        guard result.status == .success else {
          let message = String(decoding: result.standardError.prefix { $0 != 10 }, as: UTF8.self)
          throw BenchError("exit \(result.status.rawValue): \(message)")
        }
        return result.standardOutput.count
      }
    }
  }
}

/// Writes `bytes` to `path` with every ` the ` changed to ` our `, in chunks so that a copy of
/// a 50 MB input never sits in memory.
private func writeSister(of bytes: [UInt8], to path: String) throws {
  let file = try OutputFile(creating: path)
  let from = Array(" the ".utf8)
  let to = Array(" our ".utf8)
  var chunk: [UInt8] = []
  chunk.reserveCapacity(1 << 20)
  var index = 0
  while index < bytes.count {
    if bytes[index] == from[0], bytes[index...].starts(with: from) {
      chunk += to
      index += from.count
    } else {
      chunk.append(bytes[index])
      index += 1
    }
    if chunk.count >= 1 << 20 {
      file.write(chunk)
      chunk.removeAll(keepingCapacity: true)
    }
  }
  file.write(chunk)
  try file.close()
}

/// The parsed front matter of a Markdown framework file.
private func parseFrontMatter(_ bytes: [UInt8]) throws -> YAMLNode? {
  let frontMatter = try FrontMatter(splitting: bytes)
  return try YAMLParser.parse(
    bytes,
    range: frontMatter.yamlRange,
    firstLine: frontMatter.yamlFirstLine
  )
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
