import ProgressionCore

/// Renders `matrix` as CommonMark: a `#` heading with the framework's name and file, then a
/// GitHub table with a row per topic, a column per level and the totals.
///
/// With `--text` each level cell lists its criteria instead of counting them, separated by
/// `<br>` so that a table cell holds several lines; example criteria are marked `_(example)_`
/// and inherited ones `_(inherited)_`. The totals stay counts.
enum MatrixMarkdownRenderer {
  /// The Markdown of `report`, as UTF-8.
  static func render(_ report: MatrixReport) -> [UInt8] {
    var bytes: [UInt8] = []
    guard !report.isProseOnly else {
      MarkdownEscaping.append(report.proseOnlyMessage, to: &bytes)
      bytes.append(UInt8(ascii: "\n"))
      return bytes
    }
    let matrix = report.matrix
    bytes.append(contentsOf: "# Matrix: ".utf8)
    MarkdownEscaping.append(report.framework, to: &bytes, continuingLine: true)
    bytes.append(contentsOf: " (".utf8)
    MarkdownEscaping.append(report.source, to: &bytes, continuingLine: true)
    bytes.append(contentsOf: ")\n\n| Topic |".utf8)
    for level in matrix.levels { bytes.append(contentsOf: " Level \(level) |".utf8) }
    bytes.append(contentsOf: " Total |\n| --- |".utf8)
    for _ in matrix.levels { bytes.append(contentsOf: " ---: |".utf8) }
    bytes.append(contentsOf: " ---: |\n".utf8)
    for row in matrix.rows {
      bytes.append(contentsOf: "| ".utf8)
      MarkdownEscaping.append(row.title, to: &bytes)
      for cell in row.cells {
        bytes.append(contentsOf: " | ".utf8)
        if report.includesText {
          appendCriteria(cell, to: &bytes)
        } else {
          bytes.append(contentsOf: String(cell.count).utf8)
        }
      }
      bytes.append(contentsOf: " | \(row.total) |\n".utf8)
    }
    bytes.append(contentsOf: "| **Total** |".utf8)
    for total in matrix.columnTotals { bytes.append(contentsOf: " \(total) |".utf8) }
    bytes.append(contentsOf: " \(matrix.total) |\n".utf8)
    return bytes
  }

  /// Appends a cell's criteria, escaped and marked, separated by `<br>`.
  private static func appendCriteria(_ criteria: [Criterion], to bytes: inout [UInt8]) {
    for (index, criterion) in criteria.enumerated() {
      if index > 0 { bytes.append(contentsOf: "<br>".utf8) }
      MarkdownEscaping.append(criterion.text, to: &bytes, continuingLine: index > 0)
      if criterion.isExampleCriterion { bytes.append(contentsOf: " _(example)_".utf8) }
      if criterion.origin == .inherited { bytes.append(contentsOf: " _(inherited)_".utf8) }
    }
  }
}
