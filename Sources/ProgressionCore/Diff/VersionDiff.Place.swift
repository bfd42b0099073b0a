extension VersionDiff {
  /// Where a criterion sits in a framework: a topic and a level.
  public struct Place: Hashable, Sendable {
    /// The topic's id (`name:`).
    public var topic: String
    /// The level.
    public var level: Int

    /// Creates a place.
    public init(topic: String, level: Int) {
      self.topic = topic
      self.level = level
    }
  }
}
