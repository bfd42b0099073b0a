/// A framework file that a `FrameworkCatalog` found: its contents, and what it is called.
public struct FrameworkFile: Hashable, Sendable {
  /// The framework's name, the file's stem: `backend` for `frameworks/backend.md`.
  public var name: String
  /// Whether it is Markdown with front matter or YAML alone.
  public var format: FrameworkFormat
  /// Where it comes from.
  public var origin: FrameworkOrigin
  /// Its bytes, and the path to show for it in messages (`frameworks/backend.md`, or
  /// `<built-in>/backend.md` for a built-in framework).
  public var source: SourceFile

  /// Creates a framework file from its parts, for a file the catalog did not find itself, such
  /// as standard input.
  public init(name: String, format: FrameworkFormat, origin: FrameworkOrigin, source: SourceFile) {
    self.name = name
    self.format = format
    self.origin = origin
    self.source = source
  }

  /// Decodes the file into a framework, without inheritance.
  ///
  /// - Throws: `FrameworkError` when the file is not a framework.
  public func decode() throws(FrameworkError) -> Framework {
    try Framework(parsing: source.bytes, name: name, format: format)
  }
}

extension FrameworkFile {
  /// Whether the file is meant as a framework: any YAML file, and a Markdown file that
  /// `looksLikeFramework(_:)` (a README without front matter is not one).
  public var isFramework: Bool {
    format != .markdown || Self.looksLikeFramework(source.bytes[...])
  }

  /// The most of a Markdown file's start that `looksLikeFramework(_:)` needs.
  static let recognitionPrefix = 4096

  /// Whether a Markdown file starting with `bytes` (its first `recognitionPrefix` bytes are
  /// enough) is meant as a framework, broken or not: it is empty (a framework truncated to
  /// nothing), its first line that is not blank starts with `---`, or one of its lines starts
  /// with a framework key (`title:`, `levels:`, `topics:`, `path:`), as when the opening `---`
  /// is missing, before any checklist header (`<!-- progression-checklist`). A README or a
  /// checklist has none of these, and is left out quietly; a broken framework is kept, so that
  /// its problem is reported rather than hidden.
  static func looksLikeFramework(_ bytes: ArraySlice<UInt8>) -> Bool {
    var start = bytes.startIndex
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
    let text = bytes[start...]
    guard let first = text.firstIndex(where: { !Self.isBlank($0) }) else { return true }
    if text[first...].starts(with: Array("---".utf8)) { return true }
    var lineStart = text.startIndex
    while lineStart < text.endIndex {
      let line = text[lineStart...]
      // A checklist's header, before its `title:` line: `checklist` wrote it, not a framework.
      if line.starts(with: Array(ChecklistSyntax.headerStart.utf8)) { return false }
      for key in ["title:", "levels:", "topics:", "path:"] where line.starts(with: Array(key.utf8))
      {
        return true
      }
      guard let newline = line.firstIndex(of: UInt8(ascii: "\n")) else { break }
      lineStart = newline + 1
    }
    return false
  }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
      || byte == UInt8(ascii: "\r")
  }
}
