/// How a framework file is written: Markdown with YAML front matter, or YAML alone.
public enum FrameworkFormat: String, Hashable, Sendable, CaseIterable {
  /// A `.md` or `.markdown` file: YAML front matter between two `---` lines, then a Markdown
  /// body.
  case markdown
  /// A `.yml` or `.yaml` file: the whole file is the YAML, and there is no body.
  case yaml

  /// The file name extensions of framework files, in the order a lookup by name tries them.
  public static let fileExtensions = ["md", "markdown", "yml", "yaml"]

  /// The format of a file with the extension `fileExtension` (without the dot), if it is one of
  /// `md`, `markdown`, `yml` or `yaml` in any case (`MD` is Markdown too).
  public init?(fileExtension: String) {
    switch fileExtension.lowercased() {
    case "md", "markdown": self = .markdown
    case "yml", "yaml": self = .yaml
    default: return nil
    }
  }

  /// The format of the file at `path`, from its extension, if it has a framework extension.
  public init?(path: String) {
    guard let fileExtension = FilePath.fileExtension(of: path) else { return nil }
    self.init(fileExtension: fileExtension)
  }
}
