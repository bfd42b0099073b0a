import ProgressionCore

extension SelectionError {
  /// The option whose value is wrong, as the user writes it.
  var option: String {
    switch self {
    case .malformedLevels, .reversedLevelRange, .levelOutOfRange: "--level"
    case .unknownTopic, .ambiguousTopic: "--topic"
    }
  }

  /// The value as given (for a level range, as the range reads).
  var value: String {
    switch self {
    case .malformedLevels(let text), .reversedLevelRange(let text, _, _): text
    case .levelOutOfRange(let levels, _, _):
      levels.count == 1 ? "\(levels.lowerBound)" : "\(levels.lowerBound)-\(levels.upperBound)"
    case .unknownTopic(let query, _, _), .ambiguousTopic(let query, _): query
    }
  }

  /// What the option accepts, completing "expected …".
  var expected: String {
    switch self {
    case .malformedLevels:
      return "a level such as '3' or a range such as '2-4'"
    case .reversedLevelRange(_, let lower, let upper):
      return "a range from low to high, such as '\(upper)-\(lower)'"
    case .levelOutOfRange(_, let framework, let available):
      guard let available else { return "no level: '\(framework)' has none" }
      if available.count == 1 { return "level 1, the only level of '\(framework)'" }
      return "levels from \(available.lowerBound) to \(available.upperBound), "
        + "the levels of '\(framework)'"
    case .unknownTopic(_, let framework, let topics):
      guard !topics.isEmpty else { return "no topic: '\(framework)' has none" }
      return "a topic of '\(framework)': " + Self.quotedList(topics)
    case .ambiguousTopic(let query, let matches):
      return "one topic, but '\(query)' starts " + Self.quotedList(matches, lastSeparator: " and ")
    }
  }

  /// The usage error the tool reports, with the command's usage line.
  var usageError: UsageError {
    UsageError(.invalidValue(value, option: option, expected: expected))
  }

  /// `'a', 'b', 'c'`, or `'a', 'b' and 'c'` with `" and "` as the last separator.
  private static func quotedList(_ names: [String], lastSeparator: String = ", ") -> String {
    let quoted = names.map { "'\($0)'" }
    guard quoted.count > 1, let last = quoted.last else { return quoted.joined() }
    return quoted.dropLast().joined(separator: ", ") + lastSeparator + last
  }
}
