import ProgressionCore

/// Renders `compare` as CommonMark: a `#` heading, the overall overlap, then a `##` heading per
/// topic with its overlap and, per level, a `###` heading and a table whose rows put the first
/// framework's criterion on the left and the second's on the right.
///
/// The first column marks each row as text output does: `=` the same, `~` reworded (the words
/// that differ marked `[-…-]` on the left and `{+…+}` on the right), `<` only in the first,
/// `>` only in the second. Framework text goes through `MarkdownEscaping`.
enum CompareMarkdownRenderer {
  /// The Markdown of `report`, as UTF-8.
  static func render(_ report: ComparisonReport) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(4096)
    DiffMarkdownRenderer.heading(
      1,
      "Compare: \(report.a.label) and \(report.b.label)",
      into: &bytes
    )
    raw("\nComparing **", &bytes)
    text(report.a.name, &bytes)
    raw("** (", &bytes)
    text(report.a.source, &bytes)
    raw(") with **", &bytes)
    text(report.b.name, &bytes)
    raw("** (", &bytes)
    text(report.b.source, &bytes)
    raw("), \(report.levelsCompared): ", &bytes)
    text(report.summary(of: report.comparison.overlap), &bytes)
    raw(".\n", &bytes)
    for note in report.notes {
      raw("\n_", &bytes)
      text(note, &bytes)
      raw("_\n", &bytes)
    }
    for topic in report.comparison.topics {
      raw("\n", &bytes)
      DiffMarkdownRenderer.heading(2, report.heading(of: topic), into: &bytes)
      raw("\n", &bytes)
      text(
        topic.levels.isEmpty
          ? report.nothingCompared : ComparisonReport.shortSummary(of: topic.overlap),
        &bytes
      )
      raw("\n", &bytes)
      for level in topic.levels {
        raw("\n### Level \(level.level)\n\n|  | ", &bytes)
        text(report.a.label, &bytes)
        raw(" | ", &bytes)
        text(report.b.label, &bytes)
        raw(" |\n| --- | --- | --- |\n", &bytes)
        for pairing in level.pairings { row(pairing, &bytes) }
      }
    }
    return bytes
  }

  /// One table row: the marker, then each side.
  private static func row(_ pairing: FrameworkComparison.Pairing, _ bytes: inout [UInt8]) {
    let marker =
      switch pairing {
      case .same: "="
      case .reworded: "~"
      case .onlyA: "\\<"
      case .onlyB: "\\>"
      }
    raw("| \(marker) | ", &bytes)
    cell(pairing.a, words: pairing.words, keeping: .removed, &bytes)
    raw(" | ", &bytes)
    cell(pairing.b, words: pairing.words, keeping: .added, &bytes)
    raw(" |\n", &bytes)
  }

  /// One side of a row: the criterion's text, or for a rewording the words it keeps and those
  /// `keeping` marks; nothing when this side lacks it.
  private static func cell(
    _ criterion: Criterion?,
    words: WordDiff?,
    keeping operation: WordDiff.Operation,
    _ bytes: inout [UInt8]
  ) {
    guard let criterion else { return }
    if let words {
      DiffMarkdownRenderer.words(words.side(keeping: operation), into: &bytes)
    } else {
      text(criterion.text, &bytes)
    }
    if criterion.origin == .inherited { raw(" _(inherited)_", &bytes) }
  }

  private static func raw(_ markdown: String, _ bytes: inout [UInt8]) {
    DiffMarkdownRenderer.raw(markdown, into: &bytes)
  }

  private static func text(_ text: String, _ bytes: inout [UInt8]) {
    DiffMarkdownRenderer.text(text, into: &bytes)
  }
}
