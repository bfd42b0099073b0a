/// What one level of a framework expects beyond another, topic by topic.
///
/// Frameworks are cumulative: each level expects the behaviours of the levels below it plus its
/// own. So going up from `from` to `to` adds the criteria of every level in `from + 1 ... to`,
/// each tagged with its level; going down drops the criteria of `to + 1 ... from`.
public struct LevelDiff: Hashable, Sendable {
  /// Whether the comparison goes up or down the framework.
  public enum Direction: String, Hashable, Sendable {
    /// `to` is above `from`: the criteria are new at `to`.
    case up
    /// `to` is below `from`: the criteria are no longer expected at `to`.
    case down
  }

  /// The framework's name, such as `backend`.
  public var frameworkName: String
  /// The framework's title.
  public var frameworkTitle: String
  /// The framework's number of levels.
  public var levelCount: Int
  /// The level compared from.
  public var from: Int
  /// The level compared to.
  public var to: Int
  /// Every topic of the framework, in file order, including those with no criteria in range.
  public var topics: [TopicDiff]

  /// Compares two levels of `framework`.
  ///
  /// - Parameters:
  ///   - framework: The framework; its topics are all compared (filter them beforehand to
  ///     compare some).
  ///   - from: The level compared from, within `1...framework.levelCount`.
  ///   - to: Another level within `1...framework.levelCount`.
  /// - Throws: `LevelDiffError` when either level is outside the framework or both are the same.
  public init(framework: Framework, from: Int, to: Int) throws(LevelDiffError) {
    for level in [from, to] where level < 1 || level > framework.levelCount {
      throw .levelOutsideFramework(
        level: level,
        framework: framework.name,
        levelCount: framework.levelCount
      )
    }
    guard from != to else { throw .sameLevel(from) }
    frameworkName = framework.name
    frameworkTitle = framework.title
    levelCount = framework.levelCount
    self.from = from
    self.to = to
    let range = (min(from, to) + 1)...max(from, to)
    topics = framework.topics.map { TopicDiff(topic: $0, range: range, from: from, to: to) }
  }

  /// Whether `to` is above or below `from`.
  public var direction: Direction { to > from ? .up : .down }

  /// The levels whose criteria are listed: `min(from, to) + 1 ... max(from, to)`.
  public var range: ClosedRange<Int> { (min(from, to) + 1)...max(from, to) }

  /// The number of criteria listed, over all topics.
  public var criterionCount: Int { topics.reduce(0) { $0 + $1.criteria.count } }

  /// The number of topics with at least one criterion listed.
  public var changedTopicCount: Int { topics.count(where: { !$0.criteria.isEmpty }) }
}
