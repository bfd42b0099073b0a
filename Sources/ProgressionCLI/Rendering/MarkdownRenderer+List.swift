extension MarkdownRenderer {
  /// The Markdown of `listing`: a `# Frameworks` heading and a table, one framework per row.
  static func render(_ listing: FrameworkListing) -> [UInt8] {
    var bytes: [UInt8] = Array("# Frameworks\n\n".utf8)
    guard !listing.entries.isEmpty else {
      bytes.append(contentsOf: "_No frameworks found._\n".utf8)
      return bytes
    }
    for (index, row) in listing.rows.enumerated() {
      bytes.append(UInt8(ascii: "|"))
      for cell in row {
        bytes.append(UInt8(ascii: " "))
        MarkdownEscaping.append(cell, to: &bytes)
        bytes.append(contentsOf: " |".utf8)
      }
      bytes.append(UInt8(ascii: "\n"))
      guard index == 0 else { continue }
      bytes.append(UInt8(ascii: "|"))
      for column in row.indices {
        let isNumeric = FrameworkListing.numericColumns.contains(column)
        bytes.append(contentsOf: (isNumeric ? " ---: |" : " --- |").utf8)
      }
      bytes.append(UInt8(ascii: "\n"))
    }
    return bytes
  }
}
