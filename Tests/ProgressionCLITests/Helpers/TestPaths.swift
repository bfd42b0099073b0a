import Foundation
import TestSupport

/// Where the CLI's test data lives.
enum TestPaths {
  /// `Tests/ProgressionCLITests`: the current directory of every in-process run, so that
  /// paths in outputs are relative (`Fixtures/show/backend.md`) and goldens are deterministic.
  static let testDirectory = PackagePaths.testTarget("ProgressionCLITests")

  /// `Tests/ProgressionCLITests/Fixtures`: the inputs.
  static let fixtures = testDirectory.appending(path: "Fixtures")

  /// `Tests/ProgressionCLITests/Golden`: the expected outputs.
  static let golden = testDirectory.appending(path: "Golden")
}
