public import YAMLSubset

/// A worked example under an example criterion.
public struct Example: Hashable, Sendable {
  /// The example's text.
  public var text: String
  /// Where it starts in its file.
  public var position: SourcePosition

  /// Creates an example from its text and position.
  public init(text: String, position: SourcePosition) {
    self.text = text
    self.position = position
  }
}
