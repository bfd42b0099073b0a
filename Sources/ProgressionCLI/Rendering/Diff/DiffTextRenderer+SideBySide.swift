import ProgressionCore

extension DiffTextRenderer {
  /// The criteria of the two levels of a level diff in two columns, topic by topic:
  ///
  /// ```
  /// Communication
  ///   Level 3                              │ Level 4
  ///   ─────────────────────────────────────┼─────────────────────────────────────
  ///   - Transparent about mistakes they've │ - Proactively gives feedback
  ///     made, early                        │   'upwards' and to people they
  /// ```
  ///
  /// Each column is `(width - 5) / 2` display columns wide (at least 16), criteria are paired
  /// row by row and wrapped within their column, a word wider than the column broken across lines
  /// so that the columns stay in line. Only the two levels' own criteria are shown, not
  /// those of the levels in between.
  ///
  /// - Parameter width: The total width in display columns; the caller picks a default when
  ///   the output is not a terminal.
  static func renderSideBySide(
    _ diff: LevelDiff,
    includesExamples: Bool,
    style: TextStyle,
    width: Int
  ) -> [UInt8] {
    let column = max(16, (width - 5) / 2)
    var writer = TextWriter(style: style, reservingCapacity: 4096)
    writer.beginParagraph()
    writer.words(diff.frameworkTitle + ":", emphasis: .title)
    writer.words(DiffWording.sideBySideLevels(of: diff), emphasis: .title)
    writer.endParagraph()
    if let note = DiffWording.levelsInBetween(of: diff) {
      writer.paragraph(note, emphasis: .subtle)
    }
    let rule = String(repeating: "─", count: column)
    for topic in diff.topics {
      writer.blankLine()
      writer.paragraph(topic.topic.displayTitle, emphasis: .heading)
      if topic.fromCriteria.isEmpty && topic.toCriteria.isEmpty {
        writer.paragraph(
          "no criteria at either level",
          prefix: "  ",
          hangingIndent: 2,
          emphasis: .subtle
        )
        continue
      }
      row(["Level \(diff.from)"], ["Level \(diff.to)"], column: column, into: &writer)
      writer.verbatimLine("  " + rule + "─┼─" + rule)
      let left = cells(topic.fromCriteria, includesExamples: includesExamples, column: column)
      let right = cells(topic.toCriteria, includesExamples: includesExamples, column: column)
      for index in 0..<max(left.count, right.count) {
        row(
          index < left.count ? left[index] : [],
          index < right.count ? right[index] : [],
          column: column,
          into: &writer
        )
      }
    }
    return writer.bytes
  }

  /// The wrapped lines of each criterion of one column, or one `(no criteria)` cell.
  private static func cells(
    _ criteria: [Criterion],
    includesExamples: Bool,
    column: Int
  ) -> [[String]] {
    guard !criteria.isEmpty else { return [["(no criteria)"]] }
    return criteria.map { criterion in
      var writer = TextWriter(
        style: TextStyle(width: column, usesColor: false),
        breakingLongWords: true
      )
      writer.beginParagraph(prefix: "- ", hangingIndent: 2)
      writer.words(criterion.text)
      if criterion.origin == .inherited { writer.words("(inherited)") }
      writer.endParagraph()
      if includesExamples { examples(of: criterion, indent: 2, into: &writer) }
      return String(decoding: writer.bytes, as: UTF8.self)
        .split(separator: "\n", omittingEmptySubsequences: false)
        .dropLast()
        .map(String.init)
    }
  }

  /// Writes two cells side by side, padding the left one (whose lines are never wider than
  /// `column`) to `column` display columns.
  private static func row(
    _ left: [String],
    _ right: [String],
    column: Int,
    into writer: inout TextWriter
  ) {
    for line in 0..<max(left.count, right.count) {
      let leftText = line < left.count ? left[line] : ""
      let rightText = line < right.count ? right[line] : ""
      // Never negative: a mistake in wrapping misaligns a row instead of crashing.
      let padding = max(0, column - DisplayWidth.columns(of: leftText))
      writer.verbatimLine(
        "  " + leftText + String(repeating: " ", count: padding) + " │ " + rightText
      )
    }
  }
}
