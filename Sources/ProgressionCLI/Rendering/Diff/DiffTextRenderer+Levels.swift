import ProgressionCore

extension DiffTextRenderer {
  /// The text of a level diff:
  ///
  /// ```
  /// 🛠️ Backend Engineering Framework: level 3 → level 4
  /// 12 new criteria in 4 of 5 topics
  ///
  /// Communication: 5 new criteria
  ///   + Proactively gives feedback 'upwards' and to people they interact with
  ///     who are not in their team
  ///
  /// Mastery: no new criteria
  /// ```
  ///
  /// When the diff spans several levels, each criterion is tagged with its level (`L3`). Going
  /// down, the markers are `-` and the summaries say "no longer expected".
  static func render(
    _ diff: LevelDiff,
    includesExamples: Bool,
    style: TextStyle
  ) -> [UInt8] {
    var writer = TextWriter(style: style, reservingCapacity: 4096)
    writer.beginParagraph()
    writer.words(diff.frameworkTitle + ":", emphasis: .title)
    writer.words(DiffWording.levels(of: diff), emphasis: .title)
    writer.endParagraph()
    writer.paragraph(DiffWording.summary(of: diff))
    let tagsLevels = diff.range.count > 1
    for topic in diff.topics {
      writer.blankLine()
      writer.beginParagraph(hangingIndent: 2)
      writer.words(topic.topic.displayTitle + ":", emphasis: .heading)
      writer.words(
        DiffWording.summary(
          of: topic,
          direction: diff.direction,
          lowerLevel: diff.range.lowerBound - 1
        )
      )
      writer.endParagraph()
      for entry in topic.criteria {
        beginLine(added: diff.direction == .up, indent: 2, into: &writer)
        if tagsLevels { writer.words("L\(entry.level)", emphasis: .subtle) }
        writer.words(entry.criterion.text)
        if entry.criterion.origin == .inherited { writer.words("(inherited)", emphasis: .subtle) }
        writer.endParagraph()
        if includesExamples { examples(of: entry.criterion, indent: 4, into: &writer) }
      }
    }
    return writer.bytes
  }
}
