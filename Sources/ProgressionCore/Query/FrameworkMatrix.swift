/// A framework as a table: one row per topic, one column per level, each cell the criteria the
/// framework's site shows there (its own, its example criteria and what it inherits, when the
/// framework was loaded with inheritance).
///
/// This answers "where is this framework heavy or thin": the counts are what `matrix` prints, and
/// the criteria are what `matrix --text` puts in each cell.
public struct FrameworkMatrix: Hashable, Sendable {
  /// One topic's row.
  public struct Row: Hashable, Sendable {
    /// The topic's id (`name:`).
    public var name: String
    /// The topic's title as shown (`Topic.displayTitle`).
    public var title: String
    /// The criteria per column, in the order of `FrameworkMatrix.levels`; an empty cell is a level
    /// the topic says nothing new at.
    public var cells: [[Criterion]]

    /// How many criteria each cell holds, in column order.
    public var counts: [Int] { cells.map(\.count) }

    /// How many criteria the row holds in all.
    public var total: Int { cells.reduce(0) { $0 + $1.count } }
  }

  /// The columns: every level of the framework, ascending (empty for a prose-only framework).
  public var levels: [Int]
  /// The rows, in the framework's topic order.
  public var rows: [Row]

  /// Tabulates `framework`: every level of `1...levelCount` is a column, even one no topic has
  /// criteria at, so that the columns line up with the framework's ladder.
  public init(_ framework: Framework) {
    levels = framework.levels.map(Array.init) ?? []
    let columnCount = levels.count
    rows = framework.topics.map { topic in
      // Columns are levels 1...levelCount, so a level's column is `level - 1`; validation keeps
      // entries in range, and one outside is left out rather than trusted.
      var cells = Array(repeating: [Criterion](), count: columnCount)
      for entry in topic.levels where entry.level >= 1 && entry.level <= columnCount {
        cells[entry.level - 1] += entry.criteria
      }
      return Row(name: topic.name, title: topic.displayTitle, cells: cells)
    }
  }

  /// How many criteria each column holds across every topic, in column order.
  public var columnTotals: [Int] {
    var totals = Array(repeating: 0, count: levels.count)
    for row in rows {
      for (column, cell) in row.cells.enumerated() { totals[column] += cell.count }
    }
    return totals
  }

  /// How many criteria the whole table holds.
  public var total: Int { rows.reduce(0) { $0 + $1.total } }
}
