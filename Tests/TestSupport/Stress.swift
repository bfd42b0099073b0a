import Foundation
public import Testing

/// The size of the inputs of stress tests: huge files, deep nesting, hundreds of thousands of
/// items.
///
/// By default such a test runs at a size that still proves its property (past every limit,
/// table growth and threshold it is about) but keeps `swift test` in debug quick; with
/// `PROGRESSION_STRESS=1` in the environment, as `.ci/run` sets, it runs at full size. Tests
/// whose property needs the full size (a buffer large enough for huge pages) run only then.
public enum Stress {
  /// Whether this is a full-size run: `PROGRESSION_STRESS=1`.
  public static let isFullSize = ProcessInfo.processInfo.environment["PROGRESSION_STRESS"] == "1"

  /// `full` in a full-size run, `quick` otherwise.
  public static func size(quick: Int, full: Int) -> Int {
    isFullSize ? full : quick
  }
}

extension Tag {
  /// A stress test: its input is sized by `Stress`, or it runs only at full size.
  @Tag public static var stress: Self
}

extension Trait where Self == ConditionTrait {
  /// Runs the test only in a full-size run (`PROGRESSION_STRESS=1`), for a property that no
  /// smaller input can show.
  public static var fullSizeOnly: Self {
    .enabled(if: Stress.isFullSize, "runs at full size only: set PROGRESSION_STRESS=1")
  }
}
