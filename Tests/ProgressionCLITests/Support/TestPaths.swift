import Foundation

/// Where the test data lives, found from this file's path so no bundle resources are needed.
enum TestPaths {
  /// `Tests/ProgressionCLITests`: the current directory of every in-process run, so that
  /// paths in outputs are relative (`Fixtures/seed-backend.md`) and goldens are deterministic.
  static let testDirectory = URL(filePath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The package root, two levels above the test directory.
  static let packageRoot = testDirectory.deletingLastPathComponent().deletingLastPathComponent()

  /// `Tests/ProgressionCLITests/Fixtures`: the inputs.
  static let fixtures = testDirectory.appending(path: "Fixtures")

  /// `Tests/ProgressionCLITests/Golden`: the expected outputs.
  static let golden = testDirectory.appending(path: "Golden")
}
