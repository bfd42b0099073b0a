import ProgressionCore

/// Renders a checklist as CSV (RFC 4180) for a spreadsheet: a header row, then one row per
/// criterion with its id, topic title, level, text, whether it is met and its evidence.
///
/// `met` is `TRUE` or `FALSE`, which spreadsheets read as a boolean (and can show as a
/// checkbox). Control and invisible characters (and line breaks) are shown escaped, as
/// `\u{1B}`, as in text output. A field is quoted when it holds a comma, a quote or a line break. A field that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so that a
/// spreadsheet shows it as text instead of running it as a formula.
enum ChecklistCSVRenderer {
  /// The CSV of `checklist`, as UTF-8, with CRLF line ends as RFC 4180 asks.
  static func render(_ checklist: Checklist) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.append(contentsOf: "id,topic,level,text,met,evidence\r\n".utf8)
    for topic in checklist.topics {
      for item in topic.items {
        let fields = [
          item.id, topic.title, String(item.level), item.text, item.isTicked ? "TRUE" : "FALSE",
          "",
        ]
        for (index, field) in fields.enumerated() {
          if index > 0 { bytes.append(UInt8(ascii: ",")) }
          append(field, to: &bytes)
        }
        bytes.append(contentsOf: "\r\n".utf8)
      }
    }
    return bytes
  }

  private static func append(_ field: String, to bytes: inout [UInt8]) {
    var text = TerminalSafety.sanitized(field)
    if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
      text = "'" + text
    }
    guard
      text.utf8.contains(where: {
        [UInt8(ascii: ","), UInt8(ascii: "\""), 0x0A, 0x0D].contains($0)
      })
    else {
      bytes.append(contentsOf: text.utf8)
      return
    }
    bytes.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\"") { bytes.append(byte) }
      bytes.append(byte)
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
