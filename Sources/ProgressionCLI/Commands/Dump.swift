import ProgressionCore
import YAMLSubset

/// `progression dump <path>`: prints a file's YAML as JSON, exactly as the tool reads it.
///
/// It shows a user how their file was understood (which scalars are numbers, which are text)
/// and pipes into `jq`. The tree is walked once, writing bytes.
package enum Dump: Command {
  static let markdown = OptionSpecification.flag(
    "markdown",
    help: "Read the input as Markdown with YAML front matter."
  )

  static let path = PositionalSpecification(
    "path",
    help: "The YAML or Markdown file, or '-' for standard input."
  )

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
    positionals: [path]
  )

  package static func run(
    _ arguments: ParsedArguments,
    in context: CommandContext
  ) throws -> ExitStatus {
    let file = try context.readSource(arguments[path])
    let document: YAMLNode?
    do throws(FrameworkError) {
      document = try parse(file, asMarkdown: arguments.isSet(markdown) || isMarkdown(file.path))
    } catch {
      context.report(error, in: file)
      return .failure
    }
    context.keepUntilExit(document)
    var writer = context.makeJSONWriter(sizeHint: file.bytes.count * 2)
    writer.write(document)
    writer.endDocument()
    context.write(bytes: writer.bytes)
    return .success
  }

  /// Parses the whole file as YAML, or only its front matter, keeping the file's positions.
  private static func parse(
    _ file: SourceFile,
    asMarkdown: Bool
  ) throws(FrameworkError) -> YAMLNode? {
    var range = file.bytes.indices
    var firstLine = 1
    if asMarkdown {
      let frontMatter = try FrontMatter(splitting: file.bytes)
      range = frontMatter.yamlRange
      firstLine = frontMatter.yamlFirstLine
    }
    do {
      return try YAMLParser.parse(file.bytes, range: range, firstLine: firstLine)
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
