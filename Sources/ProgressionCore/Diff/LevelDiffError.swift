/// Why two levels of a framework cannot be compared.
public enum LevelDiffError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A level is not within `1...levelCount` (a prose-only framework has no levels at all).
  case levelOutsideFramework(level: Int, framework: String, levelCount: Int)
  /// Both levels are the same, so there is nothing to compare.
  case sameLevel(Int)

  /// The message shown after `error:`: lowercase, no final period, user values in quotes.
  public var message: String {
    switch self {
    case .levelOutsideFramework(let level, let framework, let levelCount) where levelCount < 1:
      "level '\(level)' is outside framework '\(framework)', which has no levels"
    case .levelOutsideFramework(let level, let framework, let levelCount):
      "level '\(level)' is outside framework '\(framework)'; use a level from 1 to \(levelCount)"
    case .sameLevel(let level):
      "both levels are '\(level)'; give two different levels to compare"
    }
  }

  public var description: String { message }
}
