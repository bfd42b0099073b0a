import ProgressionCore

/// Where the test fixtures and the repository's own files are.
enum TestFiles {
  /// `Tests/ProgressionCoreTests/Fixtures`.
  static let fixtures = directory(of: directory(of: #filePath)) + "/Fixtures"
  /// The repository's root, which holds `frameworks/`.
  static let repositoryRoot = directory(of: directory(of: directory(of: fixtures)))

  /// A fixture file, by its path under `Fixtures/`.
  static func fixture(_ path: String) throws -> SourceFile {
    try SourceFile(reading: fixtures + "/" + path)
  }

  /// A file of the repository, by its path from the root.
  static func repositoryFile(_ path: String) throws -> SourceFile {
    try SourceFile(reading: repositoryRoot + "/" + path)
  }

  private static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return String(path[..<slash])
  }
}
