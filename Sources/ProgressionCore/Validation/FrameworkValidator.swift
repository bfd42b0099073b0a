/// Checks framework files and reports every finding, as `progression validate` does.
///
/// A file is checked in layers, and each layer runs whatever the layers before it found:
/// - its bytes: a byte-order mark, mixed line endings, and mojibake anywhere in the file;
/// - its front matter and YAML: a problem there is one error, and the file can be read no
///   further;
/// - its shape, by the same `FrameworkDecoder` that loads frameworks, collecting its errors
///   instead of stopping at the first one, so a level out of range or repeated is reported
///   and the rest of the file still checked;
/// - the framework it describes: the order and coverage of levels, topics, criteria, examples,
///   their text, and the keys the decoder did not know.
///
/// Every check is linear in the size of the file: duplicates are found with hash tables, and
/// positions are looked up in a line index built once, and only when a finding needs one.
public enum FrameworkValidator {
  /// Every finding about `file`, ordered by position (findings about the whole file first).
  ///
  /// - Parameters:
  ///   - file: the file; its path is the one findings show.
  ///   - format: how to read it; by default from its extension (`.yml` and `.yaml` are YAML,
  ///     anything else is Markdown with front matter).
  public static func validate(_ file: SourceFile, format: FrameworkFormat? = nil) -> [Diagnostic] {
    validate(file, format: format, siteChecks: nil, keepingDocumentIn: nil)
  }

  /// Every finding about `file`, with those of `siteChecks`, which look past the file: at the
  /// generic framework it inherits from, and at the other files of the same run. The file's
  /// YAML tree is kept in `keepAlive`.
  package static func validate(
    _ file: SourceFile,
    format: FrameworkFormat? = nil,
    siteChecks: SiteChecks?,
    keepingDocumentIn keepAlive: KeepAlive?
  ) -> [Diagnostic] {
    var validation = FileValidation(
      file: file,
      format: format ?? FrameworkFormat(path: file.path) ?? .markdown,
      keepingDocumentIn: keepAlive
    )
    validation.run()
    if let siteChecks, let reading = validation.reading {
      validation.append(
        siteChecks.findings(for: reading.framework, root: reading.root, path: file.path)
      )
    }
    return validation.sortedDiagnostics
  }
}
