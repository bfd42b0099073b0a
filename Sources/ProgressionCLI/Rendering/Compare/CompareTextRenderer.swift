import ProgressionCore

/// Renders `compare` for a terminal, in one column or, when the width allows, in two:
///
/// ```
/// Comparing backend (frameworks/backend.md) with mobile (frameworks/mobile.md), levels 1 to 3
/// 3 of 5 criteria shared (60%): 2 same, 1 reworded, 1 only in backend, 1 only in mobile
/// = same, ~ reworded ([-backend-] {+mobile+}), < only in backend, > only in mobile
///
/// Communication: 3 of 5 shared (60%)
///   Level 1
///     = Shares progress in the team channel
///     ~ Writes clear [-PR-] {+pull request+} descriptions
///     < Asks for help in the backend channel
///     > Asks for help in the mobile channel
/// ```
///
/// With two columns (`twoColumnWidth` or more), each criterion row puts the first framework's
/// text on the left and the second's on the right, with the marker between them, as
/// `diff --side-by-side` does; a rewording shows the removed words on the left and the added
/// ones on the right. Markers and changed words are coloured as in `diff`. A word wider than a
/// column (a URL, a long identifier) is broken across lines there, so the columns stay in line.
enum CompareTextRenderer {
  /// The narrowest width, in display columns, at which the criteria go in two columns.
  static let twoColumnWidth = 100

  /// The text of `report`, as UTF-8.
  static func render(_ report: ComparisonReport, style: TextStyle) -> [UInt8] {
    let column = style.width.flatMap { $0 >= twoColumnWidth ? ($0 - 7) / 2 : nil }
    var writer = TextWriter(style: style, reservingCapacity: 4096)
    writer.beginParagraph(hangingIndent: 2)
    writer.words("Comparing", emphasis: .title)
    writer.words("\(report.a.name) (\(report.a.source))", emphasis: .title)
    writer.words("with", emphasis: .title)
    writer.words("\(report.b.name) (\(report.b.source)),", emphasis: .title)
    writer.words(report.levelsCompared, emphasis: .title)
    writer.endParagraph()
    writer.paragraph(report.summary(of: report.comparison.overlap), hangingIndent: 2)
    for note in report.notes { writer.paragraph(note, hangingIndent: 2, emphasis: .subtle) }
    writer.paragraph(report.legend, hangingIndent: 2, emphasis: .subtle)
    if let column {
      writer.blankLine()
      let names = MatrixTextRenderer.fitting(report.a.label, in: column)
      let padding = column - DisplayWidth.columns(of: names) + 3
      writer.verbatimLine(
        names + String(repeating: " ", count: padding) + report.b.label,
        indent: 4
      )
    }
    var bytes = writer.bytes
    for topic in report.comparison.topics {
      var heading = TextWriter(style: style)
      heading.blankLine()
      heading.beginParagraph(hangingIndent: 2)
      heading.words(report.heading(of: topic) + ":", emphasis: .heading)
      if topic.levels.isEmpty {
        heading.words(report.nothingCompared, emphasis: .subtle)
      } else {
        heading.words(ComparisonReport.shortSummary(of: topic.overlap))
      }
      heading.endParagraph()
      bytes += heading.bytes
      for level in topic.levels {
        var subheading = TextWriter(style: style)
        subheading.paragraph(
          "Level \(level.level)",
          prefix: "  ",
          hangingIndent: 2,
          emphasis: .subheading
        )
        bytes += subheading.bytes
        for pairing in level.pairings {
          if let column {
            appendRow(pairing, column: column, style: style, to: &bytes)
          } else {
            bytes += line(pairing, style: style)
          }
        }
      }
    }
    return bytes
  }

  /// The marker of a pairing and its colour.
  private static func marker(
    of pairing: FrameworkComparison.Pairing
  ) -> (text: String, emphasis: TextWriter.Emphasis) {
    switch pairing {
    case .same: ("=", .subtle)
    case .reworded: ("~", .changed)
    case .onlyA: ("<", .removed)
    case .onlyB: (">", .added)
    }
  }

  /// One pairing in one column: its marker, then the text (a rewording's word diff).
  private static func line(_ pairing: FrameworkComparison.Pairing, style: TextStyle) -> [UInt8] {
    var writer = TextWriter(style: style)
    let marker = marker(of: pairing)
    writer.beginParagraph(
      indent: 4,
      marker: marker.text,
      emphasis: marker.emphasis,
      hangingIndent: 6
    )
    if let words = pairing.words {
      DiffTextRenderer.words(words, into: &writer)
    } else if let criterion = pairing.a ?? pairing.b {
      writer.words(criterion.text)
    }
    inheritedMarker(pairing.a ?? pairing.b, into: &writer)
    writer.endParagraph()
    return writer.bytes
  }

  /// One pairing in two columns: the first framework's side padded to `column`, the marker, the
  /// second's side.
  private static func appendRow(
    _ pairing: FrameworkComparison.Pairing,
    column: Int,
    style: TextStyle,
    to bytes: inout [UInt8]
  ) {
    let left = cell(
      pairing.a,
      words: pairing.words,
      keeping: .removed,
      column: column,
      style: style
    )
    let right = cell(pairing.b, words: pairing.words, keeping: .added, column: column, style: style)
    let marker = marker(of: pairing)
    var markerWriter = TextWriter(style: style)
    markerWriter.beginParagraph(
      indent: 0,
      marker: marker.text,
      emphasis: marker.emphasis,
      hangingIndent: 0
    )
    markerWriter.endParagraph()
    let styledMarker = markerWriter.bytes.dropLast()
    for index in 0..<max(left.count, right.count) {
      bytes.append(contentsOf: "    ".utf8)
      var width = 0
      if index < left.count {
        bytes += left[index].bytes
        width = left[index].width
      }
      // Cells break long words, so a line is never wider than its column; the floor keeps a
      // mistake there a misaligned row rather than a crash.
      bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: max(1, column - width + 1)))
      if index == 0 { bytes += styledMarker } else { bytes.append(UInt8(ascii: " ")) }
      if index < right.count {
        bytes.append(UInt8(ascii: " "))
        bytes += right[index].bytes
      }
      while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
      bytes.append(UInt8(ascii: "\n"))
    }
  }

  /// The lines of one side of a row, wrapped to `column` with long words broken so that none is
  /// wider, each with its display width: the criterion's text, or for a rewording the words it
  /// keeps and those `keeping` marks.
  private static func cell(
    _ criterion: Criterion?,
    words: WordDiff?,
    keeping operation: WordDiff.Operation,
    column: Int,
    style: TextStyle
  ) -> [(bytes: [UInt8], width: Int)] {
    guard let criterion else { return [] }
    func write(_ style: TextStyle) -> [[UInt8]] {
      var writer = TextWriter(
        style: TextStyle(width: column, usesColor: style.usesColor),
        breakingLongWords: true
      )
      writer.beginParagraph(hangingIndent: 0)
      if let words {
        DiffTextRenderer.words(words.side(keeping: operation), into: &writer)
      } else {
        writer.words(criterion.text)
      }
      inheritedMarker(criterion, into: &writer)
      writer.endParagraph()
      return writer.bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        .dropLast().map(Array.init)
    }
    let plain = write(.plain)
    let styled = style.usesColor ? write(style) : plain
    return zip(styled, plain).map {
      ($0, DisplayWidth.columns(of: String(decoding: $1, as: UTF8.self)))
    }
  }

  /// `(inherited)` after a criterion inherited from `generic`.
  private static func inheritedMarker(_ criterion: Criterion?, into writer: inout TextWriter) {
    if criterion?.origin == .inherited { writer.words("(inherited)", emphasis: .subtle) }
  }
}
