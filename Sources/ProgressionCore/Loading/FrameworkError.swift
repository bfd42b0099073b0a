public import YAMLSubset

/// Why a framework file could not be read as a framework, and where.
///
/// Covers the whole road from bytes to model: the front matter, the YAML, and the shape of the
/// document (a missing `title`, `levels: six`, a level outside the framework, ...).
public struct FrameworkError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The problem.
  public var reason: Reason
  /// Where it is in the file.
  public var position: SourcePosition

  /// Creates an error from its reason and position.
  public init(_ reason: Reason, at position: SourcePosition) {
    self.reason = reason
    self.position = position
  }

  /// Wraps a YAML error, keeping its position.
  public init(_ error: YAMLError) {
    self.init(.yaml(error.reason), at: error.position)
  }

  /// The message shown after `error:`: lowercase, no final period, user values in quotes.
  public var message: String { reason.message }

  /// `line:column: message`.
  public var description: String { "\(position): \(message)" }
}
