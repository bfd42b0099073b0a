public import YAMLSubset

/// What a topic expects at one level.
public struct TopicLevel: Hashable, Sendable {
  /// The level, within `1...Framework.levelCount`.
  public var level: Int
  /// The criteria in file order: those under `criteria:` first, then those under
  /// `exampleCriteria:` (which carry examples), then any inherited from the `generic` framework.
  public var criteria: [Criterion]
  /// Where the entry's mapping starts (its `level:` key).
  public var position: SourcePosition

  /// Creates an entry from its level, criteria and position.
  public init(level: Int, criteria: [Criterion], position: SourcePosition) {
    self.level = level
    self.criteria = criteria
    self.position = position
  }
}
