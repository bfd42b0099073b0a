extension TextRenderer {
  /// The text of `listing`: an aligned table, one framework per line, under the title of its
  /// sidebar group. A table wider than the style's width gives way in its title and source
  /// columns, cut with `…`, so that no row wraps.
  ///
  /// ```
  /// NAME       TITLE                 LEVELS  TOPICS  SOURCE
  /// Engineering
  ///   backend  🛠️ Backend                  6       5  frameworks/engineering/backend.md
  /// ```
  static func render(_ listing: FrameworkListing, style: TextStyle) -> [UInt8] {
    guard !listing.entries.isEmpty else {
      var writer = TextWriter(style: style)
      writer.paragraph("no frameworks found", emphasis: .subtle)
      return writer.bytes
    }
    let groups = listing.groups
    let indents = groups.contains { $0.title != nil }
    var rows = [FrameworkListing.header.map { $0.uppercased() }]
    for group in groups {
      for entry in group.entries {
        var row = FrameworkListing.row(entry).map(TerminalSafety.sanitized)
        if indents && group.title != nil { row[0] = "  " + row[0] }
        rows.append(row)
      }
    }
    let widths = columnWidths(of: rows, fitting: style.width)
    var bytes: [UInt8] = []
    appendRow(rows[0], widths: widths, bold: style.usesColor, to: &bytes)
    var rowIndex = 1
    for group in groups {
      if let title = group.title {
        let heading = truncated(TerminalSafety.sanitized(title), to: style.width ?? Int.max)
        bytes.append(contentsOf: (style.usesColor ? "\u{1B}[1m\(heading)\u{1B}[0m" : heading).utf8)
        bytes.append(UInt8(ascii: "\n"))
      }
      for _ in group.entries {
        appendRow(rows[rowIndex], widths: widths, bold: false, to: &bytes)
        rowIndex += 1
      }
    }
    return bytes
  }

  /// The width of each column: its widest cell, less what the shrinking columns give up, the
  /// wider of them first and down to 8 columns each, for the table to fit `width`.
  private static func columnWidths(of rows: [[String]], fitting width: Int?) -> [Int] {
    var widths = Array(repeating: 0, count: FrameworkListing.header.count)
    for row in rows {
      for (column, cell) in row.enumerated() {
        widths[column] = max(widths[column], DisplayWidth.columns(of: cell))
      }
    }
    guard let width, width > 0 else { return widths }
    var excess = widths.reduce(2 * (widths.count - 1), +) - width
    while excess > 0,
      let widest = FrameworkListing.shrinkingColumns.max(by: { widths[$0] < widths[$1] }),
      widths[widest] > 8
    {
      let others = FrameworkListing.shrinkingColumns.filter { $0 != widest }.map { widths[$0] }
      let target = max(8, (others.max() ?? 8), widths[widest] - excess)
      let giving = max(1, min(excess, widths[widest] - target))
      widths[widest] -= giving
      excess -= giving
    }
    return widths
  }

  private static func appendRow(_ row: [String], widths: [Int], bold: Bool, to bytes: inout [UInt8])
  {
    for (column, cell) in row.enumerated() {
      let isLast = column == row.count - 1
      let text = truncated(cell, to: widths[column])
      let padding = widths[column] - DisplayWidth.columns(of: text)
      if column > 0 { bytes.append(contentsOf: "  ".utf8) }
      let isNumeric = FrameworkListing.numericColumns.contains(column)
      if isNumeric { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: padding)) }
      if bold { bytes.append(contentsOf: "\u{1B}[1m".utf8) }
      bytes.append(contentsOf: text.utf8)
      if bold { bytes.append(contentsOf: "\u{1B}[0m".utf8) }
      if !isNumeric && !isLast {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: padding))
      }
    }
    bytes.append(UInt8(ascii: "\n"))
  }

  /// `text` cut to `width` display columns, ending in `…` when cut.
  static func truncated(_ text: String, to width: Int) -> String {
    guard DisplayWidth.columns(of: text) > width else { return text }
    guard width > 0 else { return "" }
    var result = ""
    var used = 0
    for character in text {
      let columns = DisplayWidth.columns(of: character)
      guard used + columns <= width - 1 else { break }
      result.append(character)
      used += columns
    }
    return result + "…"
  }
}
