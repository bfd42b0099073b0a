import ProgressionCore

/// Renders `matrix` as CSV (RFC 4180) for a spreadsheet: a header row (`topic`, `level 1`, …,
/// `total`), one row per topic with its title and counts, then a `Total` row.
///
/// With `--text` each level cell holds the criteria themselves, one per line (a spreadsheet
/// wraps them), example criteria marked `(example)` and inherited ones `(inherited)`; the
/// totals stay counts. A prose-only framework has only the header (`topic,total`). Fields are
/// escaped, quoted and guarded against formulas as `CSVWriter` says.
enum MatrixCSVRenderer {
  /// The CSV of `report`, as UTF-8, with CRLF line ends.
  static func render(_ report: MatrixReport) -> [UInt8] {
    let matrix = report.matrix
    var csv = CSVWriter()
    csv.row(["topic"] + matrix.levels.map { "level \($0)" } + ["total"])
    guard !report.isProseOnly else { return csv.bytes }
    for row in matrix.rows {
      let cells =
        report.includesText
        ? row.cells.map { $0.map(line(for:)) } : row.counts.map { [String($0)] }
      csv.row(lines: [[row.title]] + cells + [[String(row.total)]])
    }
    csv.row(["Total"] + matrix.columnTotals.map(String.init) + [String(matrix.total)])
    return csv.bytes
  }

  /// A criterion's line in a cell: its text and what it is.
  private static func line(for criterion: Criterion) -> String {
    criterion.text + (criterion.isExampleCriterion ? " (example)" : "")
      + (criterion.origin == .inherited ? " (inherited)" : "")
  }
}
