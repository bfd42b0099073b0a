import ProgressionCore

/// The phrases that text and Markdown diffs share, so both say the same thing in the same words.
enum DiffWording {
  /// `1 criterion`, `2 criteria`.
  static func criteria(_ count: Int) -> String {
    count == 1 ? "1 criterion" : "\(count) criteria"
  }

  /// The summary of a level diff: `12 new criteria in 4 of 5 topics`, or
  /// `3 criteria no longer expected in 1 of 5 topics`.
  static func summary(of diff: LevelDiff) -> String {
    let topics = diff.topics.count
    let changed = diff.changedTopicCount
    let scope =
      changed == topics
      ? "\(topics) \(topics == 1 ? "topic" : "topics")" : "\(changed) of \(topics) topics"
    switch (diff.direction, diff.criterionCount) {
    case (.up, 0): return "no new criteria"
    case (.down, 0): return "no criteria dropped"
    case (.up, let count):
      return "\(count) new \(count == 1 ? "criterion" : "criteria") in \(scope)"
    case (.down, let count): return "\(criteria(count)) no longer expected in \(scope)"
    }
  }

  /// What a topic's line says after its title: `new at level 3, 2 new criteria`,
  /// `no new criteria (starts at level 5)`, ...
  static func summary(
    of topic: LevelDiff.TopicDiff,
    direction: LevelDiff.Direction,
    lowerLevel: Int
  ) -> String {
    let count = topic.criteria.count
    let criteria: String
    switch (direction, count) {
    case (.up, 0): criteria = "no new criteria"
    case (.down, 0): criteria = "no criteria dropped"
    case (.up, _): criteria = "\(count) new \(count == 1 ? "criterion" : "criteria")"
    case (.down, _): criteria = "\(Self.criteria(count)) no longer expected"
    }
    switch topic.status {
    case .continuing:
      return criteria
    case .startsInRange(let level):
      return direction == .up
        ? "new at level \(level), \(criteria)"
        : "not part of level \(lowerLevel) (starts at level \(level)), \(criteria)"
    case .startsAbove(let level):
      return "\(criteria) (starts at level \(level))"
    case .empty:
      return "no criteria at any level"
    }
  }

  /// The headline of a level diff: `level 3 → level 4`.
  static func levels(of diff: LevelDiff) -> String {
    "level \(diff.from) → level \(diff.to)"
  }

  /// The headline of a side-by-side level diff: `level 2 ↔ level 4`.
  static func sideBySideLevels(of diff: LevelDiff) -> String {
    "level \(diff.from) ↔ level \(diff.to)"
  }

  /// What a side-by-side diff leaves out: `level 3 in between not shown`, `levels 2–4 in
  /// between not shown`; `nil` when the levels are next to each other.
  static func levelsInBetween(of diff: LevelDiff) -> String? {
    let between = (min(diff.from, diff.to) + 1)..<max(diff.from, diff.to)
    guard let first = between.first, let last = between.last else { return nil }
    return first == last
      ? "level \(first) in between not shown" : "levels \(first)–\(last) in between not shown"
  }

  /// `3 changes: 1 added, 2 reworded`, or `no differences`.
  static func summary(of summary: VersionDiff.Summary) -> String {
    guard summary.total > 0 else { return "no differences" }
    let parts = counts(of: summary)
    return
      "\(summary.total) \(summary.total == 1 ? "change" : "changes"): \(parts.joined(separator: ", "))"
  }

  /// The non-zero counts of a summary, in a fixed order: `2 added`, `1 example reworded`, ...
  static func counts(of summary: VersionDiff.Summary) -> [String] {
    var parts: [String] = []
    for kind in VersionDiff.Change.Kind.allCases where summary.count(of: kind) > 0 {
      parts.append(count(summary.count(of: kind), kind))
    }
    func add(_ count: Int, _ singular: String, _ plural: String, _ verb: String) {
      guard count > 0 else { return }
      parts.append("\(count) \(count == 1 ? singular : plural) \(verb)")
    }
    add(summary.topicsAdded, "topic", "topics", "added")
    add(summary.topicsRemoved, "topic", "topics", "removed")
    add(summary.topicsRetitled, "topic", "topics", "retitled")
    add(summary.metadataChanges, "setting", "settings", "changed")
    return parts
  }

  /// The criterion and example counts of one topic's changes: `1 added, 2 moved`.
  static func counts(of changes: [VersionDiff.Change]) -> String {
    var byKind: [VersionDiff.Change.Kind: Int] = [:]
    for change in changes { byKind[change.kind, default: 0] += 1 }
    return VersionDiff.Change.Kind.allCases.compactMap { kind in
      byKind[kind].map { count($0, kind) }
    }.joined(separator: ", ")
  }

  private static func count(_ count: Int, _ kind: VersionDiff.Change.Kind) -> String {
    let examples = count == 1 ? "example" : "examples"
    switch kind {
    case .added: return "\(count) added"
    case .removed: return "\(count) removed"
    case .moved: return "\(count) moved"
    case .reworded: return "\(count) reworded"
    case .exampleAdded: return "\(count) \(examples) added"
    case .exampleRemoved: return "\(count) \(examples) removed"
    case .exampleReworded: return "\(count) \(examples) reworded"
    }
  }

  /// What a version diff's heading for `topic` says: the topic's title, a note on the topic
  /// itself (`new topic`, `retitled from 'Impact'`) and the counts of its changes (`1 added,
  /// 2 moved`; empty when only the topic itself changed).
  static func heading(
    of topic: VersionDiff.TopicDiff,
    in comparison: VersionComparison
  ) -> (title: String, note: String?, counts: String) {
    let oldTitle = comparison.oldDisplayTitle(ofTopic: topic.name)
    return (
      topic.displayTitle,
      note(for: topic.topicChange, oldDisplayTitle: oldTitle),
      counts(of: topic.changes)
    )
  }

  /// What a topic's heading adds for a topic-level change: `new topic`, `removed topic`,
  /// `retitled from 'Impact'`.
  private static func note(
    for change: VersionDiff.TopicChange?,
    oldDisplayTitle: String?
  ) -> String? {
    switch change {
    case nil: nil
    case .added: "new topic"
    case .removed: "removed topic"
    case .retitled: "retitled from '\(oldDisplayTitle ?? "")'"
    }
  }

  /// A metadata value for display: quoted text, or `none`.
  static func value(_ value: String?, field: VersionDiff.MetadataChange.Field) -> String {
    guard let value else { return "none" }
    switch field {
    case .levels, .homepage, .proseOnly, .text: return value
    case .title, .sitePath, .sidebarTitle, .sidebarGroup: return "'\(value)'"
    }
  }

  /// Where a moved criterion came from, relative to where it is now: `from level 3`, or
  /// `from Impact, level 3` when it changed topic (with the topic's title in the old version).
  static func origin(
    of from: VersionDiff.Place,
    to: VersionDiff.Place,
    in comparison: VersionComparison
  ) -> String {
    guard from.topic != to.topic else { return "from level \(from.level)" }
    let title = comparison.oldDisplayTitle(ofTopic: from.topic) ?? from.topic
    return "from \(title), level \(from.level)"
  }
}
