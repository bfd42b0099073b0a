/// Why a YAML document could not be read, and where.
///
/// The parser stops at the first problem: a broken document cannot be read further with any
/// confidence. `message` is a lowercase sentence with no final period that says what is wrong and,
/// where it is not obvious, what to do, so that it reads on from `error:`.
public struct YAMLError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The problem, one case per kind of refusal.
  public var reason: Reason
  /// Where the problem is.
  public var position: SourcePosition

  /// Creates an error from its reason and position.
  public init(_ reason: Reason, at position: SourcePosition) {
    self.reason = reason
    self.position = position
  }

  /// The message shown to the user after `error:`.
  public var message: String { reason.message }

  /// `line:column: message`.
  public var description: String { "\(position): \(message)" }
}
