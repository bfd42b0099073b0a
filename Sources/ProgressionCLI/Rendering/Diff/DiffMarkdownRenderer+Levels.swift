import ProgressionCore

extension DiffMarkdownRenderer {
  /// The Markdown of a level diff:
  ///
  /// ```
  /// ## 🛠️ Backend Engineering Framework: level 3 → level 4
  ///
  /// **12 new criteria in 4 of 5 topics**
  ///
  /// ### Communication: 5 new criteria
  ///
  /// - Proactively gives feedback 'upwards' …
  /// ```
  ///
  /// When the diff spans several levels, each criterion starts with its level in bold (`**L3**`).
  static func render(_ diff: LevelDiff, includesExamples: Bool) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(4096)
    heading(2, diff.frameworkTitle + ": " + DiffWording.levels(of: diff), into: &bytes)
    raw("\n**", into: &bytes)
    text(DiffWording.summary(of: diff), into: &bytes)
    raw("**\n", into: &bytes)
    let tagsLevels = diff.range.count > 1
    for topic in diff.topics {
      raw("\n", into: &bytes)
      let summary = DiffWording.summary(
        of: topic,
        direction: diff.direction,
        lowerLevel: diff.range.lowerBound - 1
      )
      heading(3, topic.topic.displayTitle + ": " + summary, into: &bytes)
      guard !topic.criteria.isEmpty else { continue }
      raw("\n", into: &bytes)
      for entry in topic.criteria {
        raw(tagsLevels ? "- **L\(entry.level)** " : "- ", into: &bytes)
        text(entry.criterion.text, into: &bytes)
        if entry.criterion.origin == .inherited { raw(" _(inherited)_", into: &bytes) }
        raw("\n", into: &bytes)
        if includesExamples { examples(of: entry.criterion, indent: 2, into: &bytes) }
      }
    }
    return bytes
  }

  /// The two levels of a level diff side by side: one two-column table per topic, criteria
  /// paired row by row, examples after `<br>` in the same cell. Levels in between are named in
  /// italics under the heading, as not shown.
  static func renderSideBySide(_ diff: LevelDiff, includesExamples: Bool) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(4096)
    heading(2, diff.frameworkTitle + ": " + DiffWording.sideBySideLevels(of: diff), into: &bytes)
    if let note = DiffWording.levelsInBetween(of: diff) {
      raw("\n_", into: &bytes)
      text(note, into: &bytes)
      raw("_\n", into: &bytes)
    }
    for topic in diff.topics {
      raw("\n", into: &bytes)
      heading(3, topic.topic.displayTitle, into: &bytes)
      raw("\n| Level \(diff.from) | Level \(diff.to) |\n| --- | --- |\n", into: &bytes)
      let rows = max(topic.fromCriteria.count, topic.toCriteria.count, 1)
      for index in 0..<rows {
        raw("| ", into: &bytes)
        cell(topic.fromCriteria, index, includesExamples: includesExamples, into: &bytes)
        raw(" | ", into: &bytes)
        cell(topic.toCriteria, index, includesExamples: includesExamples, into: &bytes)
        raw(" |\n", into: &bytes)
      }
    }
    return bytes
  }

  private static func cell(
    _ criteria: [Criterion],
    _ index: Int,
    includesExamples: Bool,
    into bytes: inout [UInt8]
  ) {
    guard index < criteria.count else {
      if index == 0 { raw("_(no criteria)_", into: &bytes) }
      return
    }
    let criterion = criteria[index]
    text(criterion.text, into: &bytes)
    if criterion.origin == .inherited { raw(" _(inherited)_", into: &bytes) }
    guard includesExamples else { return }
    for example in criterion.examples {
      raw("<br>_e.g._ ", into: &bytes)
      text(example.text, into: &bytes)
    }
  }
}
