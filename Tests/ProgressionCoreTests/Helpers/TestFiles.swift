import ProgressionCore
import TestSupport

/// The files Core's tests read: their fixtures, the seed and the repository's own files.
enum TestFiles {
  /// `Tests/ProgressionCoreTests/Fixtures`.
  static let fixtures = PackagePaths.testTarget("ProgressionCoreTests")
    .appending(path: "Fixtures").path(percentEncoded: false)

  /// A fixture file, by its path under `Fixtures/`.
  static func fixture(_ path: String) throws -> SourceFile {
    try SourceFile(reading: fixtures + "/" + path)
  }

  /// The verbatim seed framework, with its mojibake (`PackagePaths.seed`).
  static func seed() throws -> SourceFile {
    try SourceFile(reading: PackagePaths.seed.path(percentEncoded: false))
  }

  /// A file of the repository, by its path from the root.
  static func repositoryFile(_ path: String) throws -> SourceFile {
    try SourceFile(reading: PackagePaths.file(path).path(percentEncoded: false))
  }
}
