import ProgressionCore

/// Parses a command's arguments against its declaration.
///
/// Accepted forms: `--name value`, `--name=value`, `-n value`, `-nvalue`, clustered short flags
/// (`-ab`), repeatable options, `--` to end options, and `-` as a positional (standard input).
/// A value may start with `-` only when attached (`--name=-x`, `-n-x`) or when it is a number.
/// An option that takes one value may be given twice only with the same value: with two
/// different ones, which to use would be a guess.
/// `-h`/`--help` anywhere before `--` asks for help, whatever else is on the line.
package enum ArgumentParser {
  /// Parses `arguments` (the words after the command name) for `command`.
  ///
  /// - Throws: `UsageError` for the first word that does not fit the declaration.
  package static func parse(
    _ arguments: [String],
    for command: CommandSpecification
  ) throws(UsageError) -> ParsedArguments {
    var parsed = ParsedArguments(for: command)
    var positionals: [String] = []
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let word = arguments[index]
      index += 1
      if optionsEnded || word == "-" || !word.hasPrefix("-") {
        positionals.append(word)
      } else if word == "--" {
        optionsEnded = true
      } else if word.hasPrefix("--") {
        try parseLong(word, arguments, &index, command, &parsed)
      } else {
        try parseShort(word, arguments, &index, command, &parsed)
      }
    }
    try assign(positionals, for: command, to: &parsed)
    return parsed
  }

  /// Whether the words ask for help: `-h` or `--help` before any `--`.
  package static func requestsHelp(_ arguments: [String]) -> Bool {
    for word in arguments {
      if word == "--" { return false }
      if word == "--help" || word == "-h" { return true }
    }
    return false
  }

  /// `--name` or `--name=value`.
  private static func parseLong(
    _ word: String,
    _ arguments: [String],
    _ index: inout Int,
    _ command: CommandSpecification,
    _ parsed: inout ParsedArguments
  ) throws(UsageError) {
    let body = word.dropFirst(2)
    let name: Substring
    let attached: String?
    if let equals = body.firstIndex(of: "=") {
      name = body[..<equals]
      attached = String(body[body.index(after: equals)...])
    } else {
      name = body
      attached = nil
    }
    guard let option = command.allOptions.first(where: { $0.name == name }) else {
      let suggestion = EditDistance.suggestion(
        for: name,
        among: command.allOptions.map(\.name)
      )
      throw UsageError(
        .unknownOption("--\(name)", suggestion: suggestion.map { "--\($0)" }),
        command: command
      )
    }
    guard option.takesValue else {
      if let attached {
        throw UsageError(.unexpectedValue(attached, option: option.longForm), command: command)
      }
      parsed.setFlag(option)
      return
    }
    if let attached {
      try store(attached, for: option, command, &parsed)
    } else {
      try store(
        nextValue(arguments, &index, for: option.longForm, command),
        for: option,
        command,
        &parsed
      )
    }
  }

  /// `-a`, `-abc` (clustered flags), `-n value` or `-nvalue`.
  private static func parseShort(
    _ word: String,
    _ arguments: [String],
    _ index: inout Int,
    _ command: CommandSpecification,
    _ parsed: inout ParsedArguments
  ) throws(UsageError) {
    var rest = word.dropFirst()
    while let letter = rest.first {
      rest = rest.dropFirst()
      guard let option = command.allOptions.first(where: { $0.shortName == letter }) else {
        throw unknownShortOption(letter, in: word, command)
      }
      guard option.takesValue else {
        parsed.setFlag(option)
        continue
      }
      if rest.isEmpty {
        try store(
          nextValue(arguments, &index, for: "-\(letter)", command),
          for: option,
          command,
          &parsed
        )
      } else {
        try store(String(rest), for: option, command, &parsed)
      }
      return
    }
  }

  /// The error for an unknown letter in `-abc`. A word like `-markdown` is more likely a long
  /// option with one dash too few than a cluster of letters, so it is reported whole with the
  /// nearest long option.
  private static func unknownShortOption(
    _ letter: Character,
    in word: String,
    _ command: CommandSpecification
  ) -> UsageError {
    let body = word.dropFirst()
    if body.count > 2,
      let name = EditDistance.suggestion(for: body, among: command.allOptions.map(\.name))
    {
      return UsageError(.unknownOption(word, suggestion: "--\(name)"), command: command)
    }
    return UsageError(.unknownOption("-\(letter)", suggestion: nil), command: command)
  }

  /// The word after an option as its value, unless there is none or it is another option.
  private static func nextValue(
    _ arguments: [String],
    _ index: inout Int,
    for option: String,
    _ command: CommandSpecification
  ) throws(UsageError) -> String {
    guard index < arguments.count, !looksLikeOption(arguments[index]) else {
      throw UsageError(.missingValue(option: option), command: command)
    }
    defer { index += 1 }
    return arguments[index]
  }

  /// `-x` or `--x`, but not `-` (standard input) or `-3` (a negative number).
  private static func looksLikeOption(_ word: String) -> Bool {
    guard word.hasPrefix("-"), word.count > 1 else { return false }
    let second = word.dropFirst().first
    return !(second?.isNumber ?? false)
  }

  private static func store(
    _ value: String,
    for option: OptionSpecification,
    _ command: CommandSpecification,
    _ parsed: inout ParsedArguments
  ) throws(UsageError) {
    guard option.choices.isEmpty || option.choices.contains(value) else {
      throw UsageError.invalidChoice(value, for: option, command: command)
    }
    if option.kind == .value, let first = parsed.givenValue(of: option), first != value {
      throw UsageError(
        .repeatedOption(option.longForm, first: first, second: value),
        command: command
      )
    }
    parsed.append(value, to: option)
  }

  /// Hands out positional words in declaration order.
  private static func assign(
    _ words: [String],
    for command: CommandSpecification,
    to parsed: inout ParsedArguments
  ) throws(UsageError) {
    var remaining = words[...]
    for positional in command.positionals {
      if positional.isRepeating {
        for word in remaining { parsed.append(word, to: positional) }
        remaining = []
      } else if let word = remaining.popFirst() {
        parsed.append(word, to: positional)
      }
      if parsed.values(of: positional).isEmpty, !positional.isOptional {
        throw UsageError(.missingArgument(positional.placeholder), command: command)
      }
    }
    if let extra = remaining.first {
      throw UsageError(.unexpectedArgument(extra), command: command)
    }
  }
}
