import ProgressionCore

/// Renders a checklist as CSV (RFC 4180) for a spreadsheet: a header row, then one row per
/// criterion with its id, topic title, level, text, whether it is met and its evidence.
///
/// `met` is `TRUE` or `FALSE`, which spreadsheets read as a boolean (and can show as a
/// checkbox). Fields are escaped, quoted and guarded against formulas as `CSVWriter` says.
enum ChecklistCSVRenderer {
  /// The CSV of `checklist`, as UTF-8, with CRLF line ends as RFC 4180 asks.
  static func render(_ checklist: Checklist) -> [UInt8] {
    var csv = CSVWriter()
    csv.row(["id", "topic", "level", "text", "met", "evidence"])
    for topic in checklist.topics {
      for item in topic.items {
        csv.row([
          item.id, topic.title, String(item.level), item.text, item.isTicked ? "TRUE" : "FALSE",
          "",
        ])
      }
    }
    return csv.bytes
  }
}
