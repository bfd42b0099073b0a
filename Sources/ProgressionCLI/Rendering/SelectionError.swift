/// Why a `--level` or `--topic` value cannot select anything from a framework.
///
/// All of these are usage errors (exit status 2): the framework file is fine, the request is not.
enum SelectionError: Error, Hashable, Sendable {
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

  /// What went wrong, starting lowercase with user values in single quotes.
  var message: String {
    switch self {
    case .malformedLevels(let text):
      return "invalid level '\(text)': expected a level such as '3' or a range such as '2-4'"
    case .reversedLevelRange(let text, _, _):
      return "invalid level range '\(text)': the first level is greater than the last"
    case .levelOutOfRange(let levels, let framework, let available):
      let asked = Self.describe(levels)
      guard let available else {
        return "'\(framework)' has no levels, so it has no level \(asked)"
      }
      let subject = levels.count == 1 ? "level \(asked) is" : "levels \(asked) are"
      let has =
        available.count == 1
        ? "only level \(available.lowerBound)"
        : "levels \(available.lowerBound)-\(available.upperBound)"
      return "\(subject) outside '\(framework)', which has \(has)"
    case .unknownTopic(let query, let framework, _):
      return "unknown topic '\(query)' in '\(framework)'"
    case .ambiguousTopic(let query, let matches):
      return "topic '\(query)' is ambiguous: it is a prefix of \(Self.quotedList(matches))"
    }
  }

  /// What to do about it, or `nil` when the message says it all.
  var hint: String? {
    switch self {
    case .malformedLevels, .levelOutOfRange:
      return nil
    case .reversedLevelRange(_, let lower, let upper):
      return "did you mean '\(upper)-\(lower)'?"
    case .unknownTopic(_, _, let topics):
      return topics.isEmpty
        ? "the framework has no topics" : "topics: \(topics.joined(separator: ", "))"
    case .ambiguousTopic:
      return "type more of the name to pick one"
    }
  }

  private static func describe(_ levels: ClosedRange<Int>) -> String {
    levels.count == 1 ? "'\(levels.lowerBound)'" : "'\(levels.lowerBound)-\(levels.upperBound)'"
  }

  private static func quotedList(_ names: [String]) -> String {
    names.map { "'\($0)'" }.joined(separator: ", ")
  }
}
