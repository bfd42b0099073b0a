/// Why a `--level` or `--topic` value cannot select anything from a framework.
///
/// All of these are errors in the request, not in the framework file: the command-line tool
/// reports them as usage errors (exit status 2).
public enum SelectionError: Error, Hashable, Sendable {
  /// The `--level` value is neither a level (`3`) nor a range (`2-4`).
  case malformedLevels(String)
  /// The `--level` range runs backwards, such as `4-2`.
  case reversedLevelRange(String, lower: Int, upper: Int)
  /// The levels asked for are not all within the framework's levels (`nil` when it has none).
  case levelOutOfRange(ClosedRange<Int>, framework: String, available: ClosedRange<Int>?)
  /// The `--topic` value matches no topic's name or title; `topics` are the framework's names.
  case unknownTopic(String, framework: String, topics: [String])
  /// The `--topic` value is a prefix of several topics; `matches` are their names.
  case ambiguousTopic(String, matches: [String])
}
