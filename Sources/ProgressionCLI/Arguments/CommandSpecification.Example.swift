extension CommandSpecification {
  /// A real invocation shown under EXAMPLES in help and man pages.
  package struct Example: Hashable, Sendable {
    /// The command line as typed, starting with `progression` (or with what feeds it).
    package var commandLine: String
    /// What it does: a sentence that starts with a capital and ends with a period.
    package var summary: String

    /// Declares an example.
    package init(_ commandLine: String, _ summary: String) {
      self.commandLine = commandLine
      self.summary = summary
    }
  }
}
