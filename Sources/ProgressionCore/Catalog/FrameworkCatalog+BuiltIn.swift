extension FrameworkCatalog {
  /// The built-in framework called `name`, if there is one.
  static func builtIn(named name: String) -> FrameworkFile? {
    for fileExtension in FrameworkFormat.fileExtensions {
      let fileName = name + "." + fileExtension
      guard let file = BundledFrameworks.files.first(where: { $0.name == fileName }) else {
        continue
      }
      return builtIn(fileName: fileName, lines: file.lines)
    }
    return nil
  }

  static func builtIn(fileName: String, lines: [String]) -> FrameworkFile {
    FrameworkFile(
      name: FilePath.stem(of: fileName),
      format: FrameworkFormat(path: fileName) ?? .markdown,
      origin: .builtIn,
      source: SourceFile(path: builtInPathPrefix + fileName, bytes: Array(lines.joined().utf8))
    )
  }
}
