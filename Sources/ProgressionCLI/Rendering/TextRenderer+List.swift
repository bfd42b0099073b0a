extension TextRenderer {
  /// The text of `listing`: an aligned table, one framework per line.
  ///
  /// ```
  /// NAME     TITLE                             LEVELS  TOPICS  SOURCE
  /// backend  🛠️ Backend Engineering Framework       6       5  frameworks/backend.md
  /// ```
  static func render(_ listing: FrameworkListing, style: TextStyle) -> [UInt8] {
    var bytes: [UInt8] = []
    guard !listing.entries.isEmpty else {
      var writer = TextWriter(style: style)
      writer.paragraph("no frameworks found", emphasis: .subtle)
      return writer.bytes
    }
    let cells = listing.rows.map { row in
      row.map(TerminalSafety.sanitized)
    }
    let widths = cells.map { $0.map { DisplayWidth.columns(of: $0) } }
    var columnWidths = Array(repeating: 0, count: cells.first?.count ?? 0)
    for row in widths {
      for (column, width) in row.enumerated() {
        columnWidths[column] = max(columnWidths[column], width)
      }
    }
    for (rowIndex, row) in cells.enumerated() {
      let isHeader = rowIndex == 0
      for (column, cell) in row.enumerated() {
        let padding = columnWidths[column] - widths[rowIndex][column]
        let isLast = column == row.count - 1
        if column > 0 { bytes.append(contentsOf: "  ".utf8) }
        if FrameworkListing.numericColumns.contains(column) {
          bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: padding))
        }
        if isHeader && style.usesColor { bytes.append(contentsOf: "\u{1B}[1m".utf8) }
        bytes.append(contentsOf: (isHeader ? cell.uppercased() : cell).utf8)
        if isHeader && style.usesColor { bytes.append(contentsOf: "\u{1B}[0m".utf8) }
        if !FrameworkListing.numericColumns.contains(column) && !isLast {
          bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: padding))
        }
      }
      bytes.append(UInt8(ascii: "\n"))
    }
    return bytes
  }
}
