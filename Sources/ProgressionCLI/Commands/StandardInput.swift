import ProgressionCore

/// Standard input, read only by a command that asks for it.
///
/// The process's standard input in production, a fixed buffer in tests; reading it is deferred so
/// that commands that never read it never block on it.
package struct StandardInput: Sendable {
  private let reader: @Sendable () throws(SourceFileError) -> [UInt8]

  /// Standard input provided by `reader`, called each time the input is read.
  package init(reading reader: @escaping @Sendable () throws(SourceFileError) -> [UInt8]) {
    self.reader = reader
  }

  /// Standard input holding `bytes`.
  package static func bytes(_ bytes: [UInt8]) -> Self {
    Self { () throws(SourceFileError) in bytes }
  }

  /// Standard input holding `text` as UTF-8.
  package static func text(_ text: String) -> Self {
    bytes(Array(text.utf8))
  }

  /// An empty standard input, as from `/dev/null`.
  package static let empty = bytes([])

  /// The process's standard input, read to its end.
  package static let process = Self { () throws(SourceFileError) in
    try SourceFile.readStandardInput().bytes
  }

  /// Reads the input to its end.
  package func read() throws(SourceFileError) -> [UInt8] {
    try reader()
  }
}
