extension Tool {
  /// Everything the tool takes from the world outside it, so that tests can run it in-process.
  package struct Environment: Sendable {
    /// The words after the program name.
    package var arguments: [String]
    /// The environment variables, such as `NO_COLOR` and `TERM`.
    package var variables: [String: String]
    /// The directory relative paths are read from; paths are still shown as given.
    package var currentDirectory: String
    /// Standard input, read only by commands that ask for it.
    package var standardInput: StandardInput
    /// Where standard output goes: collected by default, streamed by the process.
    package var standardOutput: StandardOutput
    /// Whether standard output goes to a terminal.
    package var isStandardOutputTerminal: Bool
    /// Whether standard error goes to a terminal (for colour).
    package var isStandardErrorTerminal: Bool
    /// The terminal's width in columns, if known.
    package var terminalWidth: Int?

    /// Creates an environment; the defaults are those of a run with no terminal and no input.
    package init(
      arguments: [String],
      variables: [String: String] = [:],
      currentDirectory: String = ".",
      standardInput: StandardInput = .empty,
      standardOutput: StandardOutput = .collected,
      isStandardOutputTerminal: Bool = false,
      isStandardErrorTerminal: Bool = false,
      terminalWidth: Int? = nil
    ) {
      self.arguments = arguments
      self.variables = variables
      self.currentDirectory = currentDirectory
      self.standardInput = standardInput
      self.standardOutput = standardOutput
      self.isStandardOutputTerminal = isStandardOutputTerminal
      self.isStandardErrorTerminal = isStandardErrorTerminal
      self.terminalWidth = terminalWidth
    }
  }
}
