extension LevelDiff {
  /// One topic's criteria between the two levels.
  public struct TopicDiff: Hashable, Sendable {
    /// Where the topic starts relative to the compared levels.
    public enum Status: Hashable, Sendable {
      /// The topic has criteria at or below the lower level.
      case continuing
      /// The topic's first level is inside the compared range (above the lower level, at or
      /// below the upper one): going up it is new at that level; going down it is no longer
      /// part of the framework at the lower level.
      case startsInRange(level: Int)
      /// The topic starts above both levels.
      case startsAbove(level: Int)
      /// The topic has no levels at all.
      case empty
    }

    /// The topic compared.
    public var topic: Topic
    /// Where it starts relative to the compared levels.
    public var status: Status
    /// The topic's lowest level, or `nil` when it has none.
    public var firstLevel: Int? { topic.levels.map(\.level).min() }
    /// The criteria of the levels in range, ascending by level, each in file order.
    public var criteria: [LevelCriterion]
    /// The criteria written at level `from` itself, for side-by-side views.
    public var fromCriteria: [Criterion]
    /// The criteria written at level `to` itself, for side-by-side views.
    public var toCriteria: [Criterion]

    /// Collects one topic's criteria for the levels in `range`.
    init(topic: Topic, range: ClosedRange<Int>, from: Int, to: Int) {
      self.topic = topic
      let firstLevel = topic.levels.map(\.level).min()
      if let firstLevel {
        if firstLevel < range.lowerBound {
          status = .continuing
        } else if range.contains(firstLevel) {
          status = .startsInRange(level: firstLevel)
        } else {
          status = .startsAbove(level: firstLevel)
        }
      } else {
        status = .empty
      }
      var criteria: [LevelCriterion] = []
      for entry in topic.levels.sorted(by: { $0.level < $1.level })
      where range.contains(entry.level) {
        for criterion in entry.criteria {
          criteria.append(LevelCriterion(level: entry.level, criterion: criterion))
        }
      }
      self.criteria = criteria
      fromCriteria = topic.levels.filter { $0.level == from }.flatMap(\.criteria)
      toCriteria = topic.levels.filter { $0.level == to }.flatMap(\.criteria)
    }
  }

  /// A criterion listed in a level diff, with the level it belongs to.
  public struct LevelCriterion: Hashable, Sendable {
    /// The level whose entry lists the criterion.
    public var level: Int
    /// The criterion, with its examples.
    public var criterion: Criterion

    /// Creates a tagged criterion.
    public init(level: Int, criterion: Criterion) {
      self.level = level
      self.criterion = criterion
    }
  }
}
