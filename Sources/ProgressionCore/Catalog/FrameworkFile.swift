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
  /// Whether the file is meant as a framework: any YAML file, and a Markdown file that starts
  /// with front matter (a README without it is not a framework). A file whose front matter is
  /// broken still counts, so that its problem is reported rather than hidden.
  public var isFramework: Bool {
    guard format == .markdown else { return true }
    do {
      _ = try FrontMatter(splitting: source.bytes)
      return true
    } catch {
      return error.reason != .missingFrontMatter
    }
  }
}
