import ProgressionCore

extension VersionComparison {
  /// One line of a topic's changes, in the order the text and Markdown renderers lay them out.
  enum Row: Hashable {
    /// A level's heading, before the first change at that level.
    case level(Int)
    /// The criterion whose examples changed, before each run of its example changes.
    case examplesOf(Criterion)
    /// A change.
    case change(VersionDiff.Change)

    /// The rows of `topic`'s changes: each change, preceded by its level's heading when the level
    /// differs from the previous change's, and by its criterion when it is the first of a run of
    /// example changes of that criterion.
    static func rows(of topic: VersionDiff.TopicDiff) -> [Row] {
      var rows: [Row] = []
      rows.reserveCapacity(topic.changes.count + 4)
      var level: Int?
      var exampleCriterion: Criterion?
      for change in topic.changes {
        if change.place.level != level {
          level = change.place.level
          exampleCriterion = nil
          rows.append(.level(change.place.level))
        }
        if let criterion = change.criterion, criterion != exampleCriterion {
          exampleCriterion = criterion
          rows.append(.examplesOf(criterion))
        }
        rows.append(.change(change))
      }
      return rows
    }
  }
}
