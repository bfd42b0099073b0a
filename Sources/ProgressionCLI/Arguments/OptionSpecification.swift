/// One option a command accepts, declared as data.
///
/// The parser, the usage line and the help text are all derived from these declarations, so an
/// option documented in `--help` is exactly an option the parser accepts.
package struct OptionSpecification: Hashable, Sendable {
  /// What an option takes on the command line.
  package enum Kind: Hashable, Sendable {
    /// A boolean switch, such as `--markdown`; it takes no value.
    case flag
    /// An option with one value, such as `--format json`; given twice with two different values,
    /// a usage error.
    case value
    /// An option with a value that may be given several times, such as `--level 2 --level 3`.
    case repeatable
  }

  /// The long name without its dashes: `format` for `--format`.
  package var name: String
  /// The one-letter name without its dash, if any: `f` for `-f`.
  package var shortName: Character?
  /// What the option takes.
  package var kind: Kind
  /// The placeholder for its value in help and usage: `format` shows as `<format>`.
  package var valueName: String
  /// One line of help: a sentence that starts with a capital and ends with a period.
  package var help: String
  /// The value used when the option is not given, if any.
  package var defaultValue: String?
  /// The values the option accepts; empty when any value is accepted.
  package var choices: [String]
  /// What shells offer for its value: its choices, unless declared otherwise with
  /// `completing(_:)`.
  package var completion: ValueCompletion = .none

  /// A boolean switch.
  package static func flag(_ name: String, short: Character? = nil, help: String) -> Self {
    Self(
      name: name,
      shortName: short,
      kind: .flag,
      valueName: "",
      help: help,
      defaultValue: nil,
      choices: []
    )
  }

  /// An option with a single value; given more than once, the last value wins.
  ///
  /// - Parameters:
  ///   - valueName: the placeholder shown in help; the option's name by default.
  ///   - defaultValue: the value when the option is not given.
  ///   - choices: the accepted values; anything else is a usage error that lists them.
  package static func value(
    _ name: String,
    short: Character? = nil,
    valueName: String? = nil,
    help: String,
    defaultValue: String? = nil,
    choices: [String] = []
  ) -> Self {
    Self(
      name: name,
      shortName: short,
      kind: .value,
      valueName: valueName ?? name,
      help: help,
      defaultValue: defaultValue,
      choices: choices,
      completion: choices.isEmpty ? .none : .values(choices)
    )
  }

  /// An option whose value may be given several times, each adding to a list.
  package static func repeatable(
    _ name: String,
    short: Character? = nil,
    valueName: String? = nil,
    help: String,
    choices: [String] = []
  ) -> Self {
    Self(
      name: name,
      shortName: short,
      kind: .repeatable,
      valueName: valueName ?? name,
      help: help,
      defaultValue: nil,
      choices: choices,
      completion: choices.isEmpty ? .none : .values(choices)
    )
  }

  /// `--name`, as the user writes it and as messages quote it.
  package var longForm: String { "--" + name }

  /// Whether the option takes a value.
  package var takesValue: Bool { kind != .flag }
}

extension OptionSpecification {
  /// `-h, --help`: every command accepts it and answers with its help.
  package static let help = flag("help", short: "h", help: "Show help information.")

  /// `--no-pager`: every command accepts it and writes straight to the terminal.
  package static let noPager = flag(
    "no-pager",
    help: "Do not send long output on a terminal through a pager."
  )
}
