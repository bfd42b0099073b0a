/// One positional argument a command accepts, declared as data.
///
/// Positionals are filled in declaration order. Only the last one may be optional or repeating.
package struct PositionalSpecification: Hashable, Sendable {
  /// The name shown in help and usage: `path` shows as `<path>`.
  package var name: String
  /// One line of help: a sentence that starts with a capital and ends with a period.
  package var help: String
  /// Whether the command runs without it.
  package var isOptional: Bool
  /// Whether it takes every remaining argument, such as several paths.
  package var isRepeating: Bool
  /// What shells offer for it; nothing unless declared with `completing(_:)`.
  package var completion: ValueCompletion = .none

  /// Declares a positional argument.
  package init(_ name: String, help: String, isOptional: Bool = false, isRepeating: Bool = false) {
    self.name = name
    self.help = help
    self.isOptional = isOptional
    self.isRepeating = isRepeating
  }

  /// `<name>`, as usage lines and messages show it.
  package var placeholder: String { "<\(name)>" }
}
