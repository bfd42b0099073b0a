import ProgressionCore
import YAMLSubset

/// `progression dump <path>`: prints a file's YAML as JSON, exactly as the tool reads it.
///
/// It shows a user how their file was understood (which scalars are numbers, which are text)
/// and pipes into `jq`. The JSON is written as the parser reads, with no tree in between.
package enum Dump: Command {
  static let markdown = OptionSpecification.flag(
    "markdown",
    help: "Read the input as Markdown with YAML front matter."
  )

  static let path = PositionalSpecification(
    "path",
    help: "The YAML or Markdown file, or '-' for standard input."
  )
  .completing(.files)

  package static let specification = CommandSpecification(
    name: "dump",
    abstract: "Print a file's YAML as JSON, as progression reads it.",
    discussion: """
      Mappings become objects with their keys in source order, sequences become arrays, and
      unquoted scalars are typed by the YAML 1.2 core schema: 3 is a number, "3" is text,
      .inf, -.inf and .nan are the strings ".inf", "-.inf" and ".nan". An empty document
      prints null. Files ending in '.md' or '.markdown' are read from their front matter;
      any other file, and standard input, is read as YAML unless --markdown is given.
      """,
    options: [markdown],
    positionals: [path],
    examples: [
      .init(
        "progression dump frameworks/backend.md",
        "The front matter of a framework file, as JSON."
      ),
      .init("progression dump settings.yml | jq .levels", "One value of a YAML file, with jq."),
      .init("cat team.md | progression dump --markdown -", "Markdown on standard input."),
    ]
  )

  package static func run(
    _ arguments: ParsedArguments,
    in context: CommandContext
  ) throws -> ExitStatus {
    let file = try context.readSource(arguments[path])
    // The JSON is written while the parser reads, and kept in memory: a parse error found
    // late must leave standard output empty.
    let json = JSONWriter.EventSink(writer: JSONWriter(reservingCapacity: file.bytes.count * 2))
    let hasRoot: Bool
    let asMarkdown = arguments.isSet(markdown) || isMarkdown(file.path)
    do throws(FrameworkError) {
      hasRoot = try parse(file, asMarkdown: asMarkdown, into: json)
    } catch {
      var diagnostic = error.diagnostic(path: file.path)
      if !asMarkdown, error.reason == .yaml(.multipleDocuments),
        file.bytes.starts(with: Array("---".utf8))
      {
        diagnostic.notes.append(
          Diagnostic.Note(
            message: "this looks like Markdown with front matter; pass --markdown to read only "
              + "its front matter",
            position: SourcePosition(line: 1, column: 1, offset: 0)
          )
        )
      }
      context.report(diagnostic, in: file)
      return .failure
    }
    write(json.finish(hasRoot: hasRoot), to: context)
    return .success
  }

  /// Writes `bytes` to standard output: when it streams, in chunks of `StandardOutput.chunkSize`
  /// with the rest collected, as every command's output streams.
  private static func write(_ bytes: [UInt8], to context: CommandContext) {
    let size = StandardOutput.chunkSize
    guard context.environment.standardOutput.stream != nil, context.standardOutput.isEmpty,
      bytes.count >= size
    else {
      context.write(bytes: bytes)
      return
    }
    var start = 0
    bytes.withUnsafeBytes { raw in
      while raw.count - start >= size {
        context.write(chunk: UnsafeRawBufferPointer(rebasing: raw[start..<start + size]))
        start += size
      }
    }
    context.write(bytes: Array(bytes[start...]))
  }

  /// Parses the whole file as YAML, or only its front matter, keeping the file's positions,
  /// into `sink`; returns whether the document has a root node.
  private static func parse(
    _ file: SourceFile,
    asMarkdown: Bool,
    into sink: any YAMLEventSink
  ) throws(FrameworkError) -> Bool {
    var range = file.bytes.indices
    var firstLine = 1
    if asMarkdown {
      let frontMatter = try FrontMatter(splitting: file.bytes)
      range = frontMatter.yamlRange
      firstLine = frontMatter.yamlFirstLine
    }
    do {
      return try YAMLParser.parse(file.bytes, range: range, firstLine: firstLine, into: sink)
    } catch {
      throw FrameworkError(error)
    }
  }

  /// Whether a path names a Markdown file: `.md` or `.markdown`, in any case.
  package static func isMarkdown(_ path: String) -> Bool {
    let lowered = path.lowercased()
    return lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown")
  }
}
