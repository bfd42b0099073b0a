extension MarkdownRenderer {
  /// The Markdown of `listing`: a `# Frameworks` heading, then a table per sidebar group, under
  /// a `##` heading for the groups that have a title.
  static func render(_ listing: FrameworkListing) -> [UInt8] {
    var bytes: [UInt8] = Array("# Frameworks\n".utf8)
    guard !listing.entries.isEmpty else {
      bytes.append(contentsOf: "\n_No frameworks found._\n".utf8)
      return bytes
    }
    for group in listing.groups {
      if let title = group.title {
        bytes.append(contentsOf: "\n## ".utf8)
        MarkdownEscaping.append(title, to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
      }
      bytes.append(UInt8(ascii: "\n"))
      appendRow(FrameworkListing.header, to: &bytes)
      bytes.append(UInt8(ascii: "|"))
      for column in FrameworkListing.header.indices {
        let isNumeric = FrameworkListing.numericColumns.contains(column)
        bytes.append(contentsOf: (isNumeric ? " ---: |" : " --- |").utf8)
      }
      bytes.append(UInt8(ascii: "\n"))
      for entry in group.entries {
        appendRow(FrameworkListing.row(entry), to: &bytes)
      }
    }
    return bytes
  }

  private static func appendRow(_ row: [String], to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "|"))
    for cell in row {
      bytes.append(UInt8(ascii: " "))
      MarkdownEscaping.append(cell, to: &bytes)
      bytes.append(contentsOf: " |".utf8)
    }
    bytes.append(UInt8(ascii: "\n"))
  }
}
