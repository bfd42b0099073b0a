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
        writer.beginParagraph(indent: 2, marker: "~", emphasis: .changed, hangingIndent: 4)
        writer.words(change.field.rawValue + ":")
        writer.words(DiffWording.value(change.old, field: change.field), emphasis: .removed)
        writer.words("→")
        writer.words(DiffWording.value(change.new, field: change.field), emphasis: .added)
        writer.endParagraph()
      }
    }
    for topic in diff.topics {
      writer.blankLine()
      writeHeading(of: topic, comparison: comparison, into: &writer)
      for row in VersionComparison.Row.rows(of: topic) {
        switch row {
        case .level(let level):
          writer.paragraph("Level \(level)", prefix: "  ", hangingIndent: 2, emphasis: .subheading)
        case .examplesOf(let criterion):
          writer.paragraph(criterion.text, prefix: "    • ", hangingIndent: 6)
        case .change(let change):
          write(change, comparison: comparison, into: &writer)
        }
      }
    }
    return writer.bytes
  }

  private static func writeHeading(
    of topic: VersionDiff.TopicDiff,
    comparison: VersionComparison,
    into writer: inout TextWriter
  ) {
    let heading = DiffWording.heading(of: topic, in: comparison)
    writer.beginParagraph(hangingIndent: 2)
    if let note = heading.note {
      writer.words(heading.title, emphasis: .heading)
      writer.words("(\(note))" + (heading.counts.isEmpty ? "" : ":"))
    } else {
      writer.words(heading.title + ":", emphasis: .heading)
    }
    writer.words(heading.counts)
    writer.endParagraph()
  }

  private static func write(
    _ change: VersionDiff.Change,
    comparison: VersionComparison,
    into writer: inout TextWriter
  ) {
    switch change {
    case .added(let criterion, _), .removed(let criterion, _):
      beginLine(added: change.kind == .added, indent: 4, into: &writer)
      writer.words(criterion.text)
      writer.endParagraph()
      examples(of: criterion, indent: 6, into: &writer)
    case .moved(_, let new, let from, let to):
      writer.beginParagraph(indent: 4, marker: "→", emphasis: .changed, hangingIndent: 6)
      writer.words(new.text)
      writer.words(
        "(" + DiffWording.origin(of: from, to: to, in: comparison) + ")",
        emphasis: .subtle
      )
      writer.endParagraph()
    case .reworded(_, _, _, let wordDiff):
      writer.beginParagraph(indent: 4, marker: "~", emphasis: .changed, hangingIndent: 6)
      words(wordDiff, into: &writer)
      writer.endParagraph()
    case .exampleAdded(let example, _, _), .exampleRemoved(let example, _, _):
      beginLine(added: change.kind == .exampleAdded, indent: 6, into: &writer)
      writer.words("e.g.", emphasis: .subtle)
      writer.words(example.text)
      writer.endParagraph()
    case .exampleReworded(_, _, _, _, let wordDiff):
      writer.beginParagraph(indent: 6, marker: "~", emphasis: .changed, hangingIndent: 8)
      writer.words("e.g.", emphasis: .subtle)
      words(wordDiff, into: &writer)
      writer.endParagraph()
    }
  }
}
