import ProgressionCore

extension DiffTextRenderer {
  /// The text of a version diff:
  ///
  /// ```
  /// old.md → new.md
  /// 4 changes: 1 added, 1 moved, 1 reworded, 1 setting changed
  ///
  /// Framework: 1 setting changed
  ///   ~ title: 'Backend' → 'Backend Engineering'
  ///
  /// Communication: 1 added, 1 moved, 1 reworded
  ///   Level 2
  ///     ~ Accepts feedback graciously {+and acts on it+}
  ///     → Considers the opinions of others before defending their own (from level 3)
  ///     + Writes clear PR descriptions
  /// ```
  ///
  /// Example changes are listed under their criterion, marked `•`, as `e.g.` lines.
  static func render(_ comparison: VersionComparison, style: TextStyle) -> [UInt8] {
    let diff = comparison.diff
    var writer = TextWriter(style: style, reservingCapacity: 4096)
    var spans = ColorSpans()
    writer.beginParagraph(hangingIndent: 2)
    writer.words(comparison.oldSource, emphasis: .title)
    writer.words("→", emphasis: .title)
    writer.words(comparison.newSource, emphasis: .title)
    writer.endParagraph()
    writer.paragraph(DiffWording.summary(of: diff.summary))
    if !diff.metadataChanges.isEmpty {
      writer.blankLine()
      writer.beginParagraph(hangingIndent: 2)
      writer.words("Framework:", emphasis: .heading)
      let count = diff.metadataChanges.count
      writer.words("\(count) \(count == 1 ? "setting" : "settings") changed")
      writer.endParagraph()
      for change in diff.metadataChanges {
        beginMarked(indent: 2, marker: "~", .yellow, into: &writer, spans: &spans)
        writer.words(change.field.rawValue + ":")
        words(
          DiffWording.value(change.old, field: change.field),
          .red,
          into: &writer,
          spans: &spans
        )
        writer.words("→")
        words(
          DiffWording.value(change.new, field: change.field),
          .green,
          into: &writer,
          spans: &spans
        )
        writer.endParagraph()
      }
    }
    for topic in diff.topics {
      writer.blankLine()
      writeHeading(of: topic, comparison: comparison, into: &writer)
      var level: Int?
      var exampleCriterion: Criterion?
      for change in topic.changes {
        if change.place.level != level {
          level = change.place.level
          exampleCriterion = nil
          writer.paragraph(
            "Level \(change.place.level)",
            prefix: "  ",
            hangingIndent: 2,
            emphasis: .subheading
          )
        }
        write(
          change,
          comparison: comparison,
          exampleCriterion: &exampleCriterion,
          into: &writer,
          spans: &spans
        )
      }
    }
    return spans.apply(to: writer.bytes)
  }

  private static func writeHeading(
    of topic: VersionDiff.TopicDiff,
    comparison: VersionComparison,
    into writer: inout TextWriter
  ) {
    let oldTitle = comparison.old.topics.first { $0.name == topic.name }?.displayTitle
    writer.beginParagraph(hangingIndent: 2)
    let note = DiffWording.note(for: topic.topicChange, oldDisplayTitle: oldTitle)
    let counts = DiffWording.counts(of: topic.changes)
    if let note {
      writer.words(topic.displayTitle, emphasis: .heading)
      writer.words("(\(note))" + (counts.isEmpty ? "" : ":"))
    } else {
      writer.words(topic.displayTitle + ":", emphasis: .heading)
    }
    writer.words(counts)
    writer.endParagraph()
  }

  private static func write(
    _ change: VersionDiff.Change,
    comparison: VersionComparison,
    exampleCriterion: inout Criterion?,
    into writer: inout TextWriter,
    spans: inout ColorSpans
  ) {
    switch change {
    case .added(let criterion, _):
      beginMarked(indent: 4, marker: "+", .green, into: &writer, spans: &spans)
      writer.words(criterion.text)
      writer.endParagraph()
      examples(of: criterion, indent: 6, into: &writer)
    case .removed(let criterion, _):
      beginMarked(indent: 4, marker: "-", .red, into: &writer, spans: &spans)
      writer.words(criterion.text)
      writer.endParagraph()
      examples(of: criterion, indent: 6, into: &writer)
    case .moved(_, let new, let from, let to):
      beginMarked(indent: 4, marker: "→", .yellow, into: &writer, spans: &spans)
      writer.words(new.text)
      let title = comparison.old.topics.first { $0.name == from.topic }?.displayTitle ?? from.topic
      writer.words(
        "(" + DiffWording.origin(of: from, to: to, topicTitle: title) + ")",
        emphasis: .subtle
      )
      writer.endParagraph()
    case .reworded(_, _, _, let wordDiff):
      beginMarked(indent: 4, marker: "~", .yellow, into: &writer, spans: &spans)
      words(wordDiff, into: &writer, spans: &spans)
      writer.endParagraph()
    case .exampleAdded(let example, let criterion, _):
      writeContext(criterion, current: &exampleCriterion, into: &writer)
      beginMarked(indent: 6, marker: "+", .green, into: &writer, spans: &spans)
      writer.words("e.g.", emphasis: .subtle)
      writer.words(example.text)
      writer.endParagraph()
    case .exampleRemoved(let example, let criterion, _):
      writeContext(criterion, current: &exampleCriterion, into: &writer)
      beginMarked(indent: 6, marker: "-", .red, into: &writer, spans: &spans)
      writer.words("e.g.", emphasis: .subtle)
      writer.words(example.text)
      writer.endParagraph()
    case .exampleReworded(_, _, let criterion, _, let wordDiff):
      writeContext(criterion, current: &exampleCriterion, into: &writer)
      beginMarked(indent: 6, marker: "~", .yellow, into: &writer, spans: &spans)
      writer.words("e.g.", emphasis: .subtle)
      words(wordDiff, into: &writer, spans: &spans)
      writer.endParagraph()
    }
  }

  /// Writes the criterion an example change belongs to, once per run of its example changes.
  private static func writeContext(
    _ criterion: Criterion,
    current: inout Criterion?,
    into writer: inout TextWriter
  ) {
    guard current != criterion else { return }
    current = criterion
    writer.paragraph(criterion.text, prefix: "    • ", hangingIndent: 6)
  }
}
