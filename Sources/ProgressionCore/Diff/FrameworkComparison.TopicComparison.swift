extension FrameworkComparison {
  /// One topic of a comparison, level by level.
  public struct TopicComparison: Hashable, Sendable {
    /// The topic's id (`name:`), the same in both frameworks.
    public var name: String
    /// The title to show: the first framework's (`Topic.displayTitle`), else the second's.
    public var title: String
    /// Whether the first framework has the topic.
    public var isInA: Bool
    /// Whether the second framework has the topic.
    public var isInB: Bool
    /// The compared levels at which either framework expects something here, ascending.
    public var levels: [LevelComparison] = []

    /// How much the two frameworks overlap in this topic.
    public var overlap: Overlap {
      levels.reduce(Overlap()) { $0 + $1.overlap }
    }
  }

  /// What the two frameworks expect in one topic at one level.
  public struct LevelComparison: Hashable, Sendable {
    /// The level.
    public var level: Int
    /// The criteria both expect (the same or reworded) in the first framework's order, then
    /// those only the first expects, then those only the second expects, each in file order.
    public var pairings: [Pairing]

    /// How much the two frameworks overlap in this topic at this level.
    public var overlap: Overlap { Overlap(pairings) }
  }
}
