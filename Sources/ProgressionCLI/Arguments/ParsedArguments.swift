/// The values a command line gave a command, looked up by the command's own declarations.
///
/// Looking values up by `OptionSpecification` and `PositionalSpecification` rather than by
/// strings means a command can only ask for what it declared.
package struct ParsedArguments: Hashable, Sendable {
  /// The flags that were given, by name.
  private var flags: Set<String> = []
  /// The option values that were given, by option name, in command-line order.
  private var optionValues: [String: [String]] = [:]
  /// The positional values, by positional name, in command-line order.
  private var positionalValues: [String: [String]] = [:]
  /// The defaults of the declared options, applied when an option is not given.
  private var defaults: [String: String] = [:]

  /// Creates an empty set of arguments for a command, remembering its defaults.
  package init(for command: CommandSpecification) {
    for option in command.options {
      if let value = option.defaultValue { defaults[option.name] = value }
    }
  }

  /// Whether `flag` was given.
  package func isSet(_ flag: OptionSpecification) -> Bool {
    flags.contains(flag.name)
  }

  /// The value given for a single-value option, without its default; `nil` when none was
  /// given.
  package func givenValue(of option: OptionSpecification) -> String? {
    optionValues[option.name]?.last
  }

  /// The value of a single-value option: the one given, else its default, else `nil`.
  package func value(of option: OptionSpecification) -> String? {
    optionValues[option.name]?.last ?? defaults[option.name]
  }

  /// Every value given for an option, in command-line order; its default when none was given.
  package func values(of option: OptionSpecification) -> [String] {
    if let values = optionValues[option.name] { return values }
    return defaults[option.name].map { [$0] } ?? []
  }

  /// The value of a positional argument, or `nil` when an optional one was not given.
  package func value(of positional: PositionalSpecification) -> String? {
    positionalValues[positional.name]?.first
  }

  /// Every value of a repeating positional argument, in command-line order.
  package func values(of positional: PositionalSpecification) -> [String] {
    positionalValues[positional.name] ?? []
  }

  /// The value of a required positional argument; the parser has made sure it is there.
  package subscript(positional: PositionalSpecification) -> String {
    value(of: positional) ?? ""
  }

  mutating func setFlag(_ flag: OptionSpecification) {
    flags.insert(flag.name)
  }

  mutating func append(_ value: String, to option: OptionSpecification) {
    if option.kind == .repeatable {
      optionValues[option.name, default: []].append(value)
    } else {
      optionValues[option.name] = [value]
    }
  }

  mutating func append(_ value: String, to positional: PositionalSpecification) {
    positionalValues[positional.name, default: []].append(value)
  }
}
