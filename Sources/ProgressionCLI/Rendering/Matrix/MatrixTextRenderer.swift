import ProgressionCore

/// Renders `matrix` for a terminal: the framework's name and file, then a table with a row per
/// topic, a column per level and the totals, numbers right-aligned.
///
/// ```
/// backend (frameworks/backend.md)
///
/// Topic           1  2  3  Total
/// Communication   2  1  1      4
/// Total           2  1  1      4
/// ```
///
/// When the style has a width the topic column shrinks to fit it, each title cut short with `…`,
/// but never below `minimumTopicWidth` columns: a framework with many levels runs past a narrow
/// terminal rather than losing its topic names.
enum MatrixTextRenderer {
  /// The narrowest the topic column gets, in columns.
  static let minimumTopicWidth = 8

  /// The text of `report`, as UTF-8.
  static func render(_ report: MatrixReport, style: TextStyle) -> [UInt8] {
    guard !report.isProseOnly else {
      return Array((TerminalSafety.sanitized(report.proseOnlyMessage) + "\n").utf8)
    }
    let matrix = report.matrix
    let titles = matrix.rows.map { TerminalSafety.sanitized($0.title) }
    let labels = matrix.levels.map(String.init) + ["Total"]
    let totals = matrix.columnTotals + [matrix.total]
    let numberWidths = labels.indices.map { column in
      matrix.rows.reduce(max(labels[column].utf8.count, String(totals[column]).utf8.count)) {
        let count = column < matrix.levels.count ? $1.counts[column] : $1.total
        return max($0, String(count).utf8.count)
      }
    }
    let numbersWidth = numberWidths.reduce(0) { $0 + 2 + $1 }
    // "Topic" and "Total" are five columns wide.
    var topicWidth = titles.reduce(5) { max($0, DisplayWidth.columns(of: $1)) }
    if let width = style.width, width > 0 {
      topicWidth = min(topicWidth, max(minimumTopicWidth, width - numbersWidth))
    }

    var bytes: [UInt8] = []
    let heading = TerminalSafety.sanitized("\(report.framework) (\(report.source))")
    bytes.append(contentsOf: "\(heading)\n\n".utf8)
    func appendRow(_ title: String, _ cells: [String]) {
      let fitted = fitting(title, in: topicWidth)
      bytes.append(contentsOf: fitted.utf8)
      let padding = topicWidth - DisplayWidth.columns(of: fitted)
      bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: padding))
      for (column, cell) in cells.enumerated() {
        let gap = 2 + numberWidths[column] - cell.utf8.count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: gap))
        bytes.append(contentsOf: cell.utf8)
      }
      bytes.append(UInt8(ascii: "\n"))
    }
    appendRow("Topic", labels)
    for (row, title) in zip(matrix.rows, titles) {
      appendRow(title, (row.counts + [row.total]).map(String.init))
    }
    appendRow("Total", totals.map(String.init))
    return bytes
  }

  /// `text` if it fits in `width` columns, else as many of its characters as fit before `…`.
  static func fitting(_ text: String, in width: Int) -> String {
    guard DisplayWidth.columns(of: text) > width else { return text }
    var kept = ""
    var used = 0
    for character in text {
      let columns = DisplayWidth.columns(of: character)
      guard used + columns < width else { break }
      kept.append(character)
      used += columns
    }
    return kept + "…"
  }
}
