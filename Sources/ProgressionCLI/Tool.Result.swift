extension Tool {
  /// What a run of the tool produced.
  package struct Result: Hashable, Sendable {
    /// The exit status.
    package var status: ExitStatus
    /// The bytes for standard output.
    package var standardOutput: [UInt8]
    /// The bytes for standard error.
    package var standardError: [UInt8]

    /// Creates a result.
    package init(status: ExitStatus, standardOutput: [UInt8], standardError: [UInt8]) {
      self.status = status
      self.standardOutput = standardOutput
      self.standardError = standardError
    }
  }
}
