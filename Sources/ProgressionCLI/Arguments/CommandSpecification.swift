/// What a command is called and what it accepts, declared as data.
///
/// The parser, the usage line, the help text, the man page, the completion scripts and the
/// overview's command list all come from this.
package struct CommandSpecification: Hashable, Sendable {
  /// The name typed after `progression`, such as `dump`.
  package var name: String
  /// One line for the overview and the top of the help: a sentence ending with a period.
  package var abstract: String
  /// Further paragraphs for the command's help, if any, rewrapped to the help's width; an
  /// indented line (a command to type) is kept as written.
  package var discussion: String?
  /// The options, in the order help lists them; `--help` is added by the tool.
  package var options: [OptionSpecification]
  /// The positional arguments, in the order they are filled.
  package var positionals: [PositionalSpecification]
  /// Invocations shown under EXAMPLES, in order.
  package var examples: [Example]

  /// Declares a command.
  package init(
    name: String,
    abstract: String,
    discussion: String? = nil,
    options: [OptionSpecification] = [],
    positionals: [PositionalSpecification] = [],
    examples: [Example] = []
  ) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.options = options
    self.positionals = positionals
    self.examples = examples
  }

  /// The declared options followed by `--no-pager` and `--help`, which every command accepts.
  package var allOptions: [OptionSpecification] { options + [.noPager, .help] }
}
