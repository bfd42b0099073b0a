extension VersionDiff {
  /// The changes of one topic: to the topic itself and to its criteria, by level.
  public struct TopicDiff: Hashable, Sendable {
    /// The topic's id (`name:`).
    public var name: String
    /// The title to show: the new version's, or the old one's for a removed topic.
    public var displayTitle: String
    /// What happened to the topic as a whole; `nil` when only its criteria changed.
    public var topicChange: TopicChange?
    /// The criterion and example changes shown under this topic, by level, then removals,
    /// moves, rewordings, additions and example changes, each in file order. A criterion moved
    /// from another topic is shown here, under its new topic, and not under its old one.
    public var changes: [Change]

    /// Creates a topic diff.
    public init(
      name: String,
      displayTitle: String,
      topicChange: TopicChange?,
      changes: [Change]
    ) {
      self.name = name
      self.displayTitle = displayTitle
      self.topicChange = topicChange
      self.changes = changes
    }
  }
}
