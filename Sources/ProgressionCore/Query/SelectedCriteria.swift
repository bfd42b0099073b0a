/// The criteria a `Selection` picks from a framework, grouped the way they are printed.
///
/// Every renderer walks `groups` in order: each group has a heading (a level or a topic) and one
/// section per topic or level under it, each with its criteria in file order. A section with no
/// criteria is kept, so renderers can say "no criteria at this level" instead of printing nothing.
public struct SelectedCriteria: Sendable {
  /// What a group is headed by.
  public enum Heading: Sendable {
    /// A level, when grouping by level.
    case level(Int)
    /// A topic, when grouping by topic.
    case topic(Topic)
  }

  /// One level (or topic) and the sections under it.
  public struct Group: Sendable {
    public var heading: Heading
    /// One section per selected topic (or level), in file (or ascending) order.
    public var sections: [Section]
  }

  /// The criteria of one topic at one level.
  public struct Section: Sendable {
    public var level: Int
    public var topic: Topic
    /// The selected criteria, in file order; empty when the topic has none at this level. With
    /// `--cumulative`, those of the levels below come first, lowest level first.
    public var criteria: [Criterion]
    /// The level each of `criteria` comes from, in the same order: `level` itself, unless the
    /// selection is cumulative.
    public var sourceLevels: [Int]

    /// Each criterion with the level it comes from, in order.
    public var sourcedCriteria: Zip2Sequence<[Criterion], [Int]> { zip(criteria, sourceLevels) }
  }

  /// The framework the criteria come from.
  public var framework: Framework
  /// The selection as asked for.
  public var selection: Selection
  /// The levels shown, ascending.
  public var levels: [Int]
  /// The topics shown, in file order.
  public var topics: [Topic]
  /// The groups to print, in order.
  public var groups: [Group]

  /// How many criteria the selection contains, over all groups.
  public var criterionCount: Int {
    groups.reduce(0) { total, group in
      group.sections.reduce(total) { $0 + $1.criteria.count }
    }
  }
}
