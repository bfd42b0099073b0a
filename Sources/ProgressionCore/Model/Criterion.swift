public import YAMLSubset

/// One behaviour expected at a level, possibly with worked examples.
public struct Criterion: Hashable, Sendable {
  /// Where a criterion comes from.
  public enum Origin: Hashable, Sendable {
    /// Written in the framework itself.
    case own
    /// Inherited from the `generic` framework in the same folder.
    case inherited
  }

  /// The criterion's text, exactly as the YAML reads it.
  public var text: String
  /// Whether it was written as an example criterion (under `exampleCriteria:`).
  public var isExampleCriterion: Bool
  /// The worked examples of an example criterion, in file order (empty for plain criteria).
  public var examples: [Example]
  /// Where it comes from.
  public var origin: Origin
  /// Where its text starts in its file.
  public var position: SourcePosition

  /// Creates a criterion.
  public init(
    text: String,
    isExampleCriterion: Bool = false,
    examples: [Example] = [],
    origin: Origin = .own,
    position: SourcePosition
  ) {
    self.text = text
    self.isExampleCriterion = isExampleCriterion
    self.examples = examples
    self.origin = origin
    self.position = position
  }
}
