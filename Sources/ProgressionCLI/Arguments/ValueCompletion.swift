/// What a shell should offer for an option's value or a positional argument: declared beside
/// the option or argument, so the completion scripts are generated from the same data as the
/// parser and the help.
package enum ValueCompletion: Hashable, Sendable {
  /// Nothing: a free value such as a number.
  case none
  /// One of these words.
  case values([String])
  /// A file's path.
  case files
  /// A folder's path.
  case directories
  /// A framework's name, asked of the tool itself at completion time
  /// (`progression completion --frameworks`), or a file's path when the word starts like one
  /// or no name matches.
  case frameworks
  /// A command's name.
  case commands
}

extension OptionSpecification {
  /// The option with `completion` as what shells offer for its value.
  package func completing(_ completion: ValueCompletion) -> Self {
    var option = self
    option.completion = completion
    return option
  }
}

extension PositionalSpecification {
  /// The argument with `completion` as what shells offer for it.
  package func completing(_ completion: ValueCompletion) -> Self {
    var positional = self
    positional.completion = completion
    return positional
  }
}
