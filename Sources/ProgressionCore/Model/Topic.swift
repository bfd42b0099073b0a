public import YAMLSubset

/// One dimension of a framework, such as communication or impact, with its criteria per level.
public struct Topic: Hashable, Sendable {
  /// The topic's id (`name:`), such as `communication`.
  public var name: String
  /// The title as written (`title:`); `nil` when absent or empty.
  public var title: String?
  /// The levels this topic has criteria for, in file order (normally ascending; levels that
  /// exist only to hold inherited criteria are inserted in level order). A topic may start above
  /// level 1 and may skip levels.
  public var levels: [TopicLevel]
  /// Where the topic's mapping starts.
  public var position: SourcePosition

  /// Creates a topic from its parts.
  public init(name: String, title: String?, levels: [TopicLevel], position: SourcePosition) {
    self.name = name
    self.title = title
    self.levels = levels
    self.position = position
  }

  /// The title to show: `title`, or the name with its first letter capitalised when the title is
  /// absent or empty.
  public var displayTitle: String {
    if let title, !title.isEmpty { return title }
    guard let first = name.first else { return name }
    return first.uppercased() + name.dropFirst()
  }

  /// The entry for `level`, if the topic has one.
  public func entry(forLevel level: Int) -> TopicLevel? {
    levels.first { $0.level == level }
  }
}
