import Foundation

/// Where the package's files are, found from this file's path so that tests need no bundle
/// resources.
public enum PackagePaths {
  /// The package's root, which holds `Package.swift`, `frameworks/` and `Tests/`.
  public static let root = URL(filePath: #filePath)
    .deletingLastPathComponent()  // Tests/TestSupport
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// `Tests/NAME`, the folder of the test target `NAME`.
  public static func testTarget(_ name: String) -> URL {
    root.appending(path: "Tests").appending(path: name, directoryHint: .isDirectory)
  }

  /// A file of the package, by its path from the root, such as `frameworks/backend.md`.
  public static func file(_ path: String) -> URL {
    root.appending(path: path)
  }

  /// The verbatim seed framework, `Tests/TestSupport/Fixtures/seed-backend.md`: the backend
  /// framework as it came, with its mojibake, which every test target reads from this one copy.
  public static let seed = testTarget("TestSupport").appending(path: "Fixtures/seed-backend.md")

  /// The seed's path from the folder of any test target, the current directory of the CLI's
  /// in-process runs: short and the same on every machine, as the goldens that print it need.
  public static let seedFromTestTarget = "../TestSupport/Fixtures/seed-backend.md"
}
