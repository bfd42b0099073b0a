extension Framework {
  /// Reads a framework from the bytes of a framework file.
  ///
  /// Keys the model does not know are skipped without complaint (validation reports them). A
  /// criterion or an example with no value (`- ` or `- ~`) is kept as an empty text.
  ///
  /// - Parameters:
  ///   - bytes: the file's bytes, UTF-8, with or without a byte-order mark.
  ///   - name: the framework's name, by convention the file's stem (`backend`).
  ///   - format: `.markdown` for front matter and a body, `.yaml` for YAML alone.
  /// - Throws: `FrameworkError` at the first problem: front matter that is missing or never
  ///   closed, malformed YAML, a body that is not UTF-8, or a document whose shape is not a
  ///   framework's (a missing `title`, `levels: six`, a level outside the framework, ...).
  public init(
    parsing bytes: [UInt8],
    name: String,
    format: FrameworkFormat
  ) throws(FrameworkError) {
    var decoder = FrameworkDecoder()
    self = try decoder.decode(bytes, name: name, format: format)
  }

  /// Reads a framework from a file's contents.
  ///
  /// - Parameters:
  ///   - file: the file; its path gives the defaults for `name` and `format`.
  ///   - name: the framework's name; by default the stem of the file's path.
  ///   - format: the file's format; by default from the path's extension (`.yml` and `.yaml` are
  ///     YAML, anything else, standard input included, is Markdown).
  /// - Throws: `FrameworkError`, as `init(parsing:name:format:)` does.
  public init(
    contentsOf file: SourceFile,
    name: String? = nil,
    format: FrameworkFormat? = nil
  ) throws(FrameworkError) {
    try self.init(
      parsing: file.bytes,
      name: name ?? FilePath.stem(of: file.path),
      format: format ?? FrameworkFormat(path: file.path) ?? .markdown
    )
  }
}
