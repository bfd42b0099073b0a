import ProgressionCore

/// Renders progress as CommonMark: a table per topic and the open items for one checklist, a
/// table with a row per checklist for several. Text goes through `MarkdownEscaping`.
enum ProgressMarkdownRenderer {
  /// The Markdown of `report`, as UTF-8.
  static func render(_ report: ProgressReport) -> [UInt8] {
    var bytes: [UInt8] = []
    if report.isSummary {
      bytes.append(
        contentsOf:
          "# Progress\n\n| Checklist | Framework and level | Evidence | Framework check |\n"
          .utf8
      )
      bytes.append(contentsOf: "| --- | --- | --- | --- |\n".utf8)
      for entry in report.entries {
        row(
          [entry.path, ProgressReport.subject(entry.checklist.header)],
          entry.checklist.tally,
          after: entry.check.brief,
          &bytes
        )
      }
      if report.hasUpdates {
        bytes.append(contentsOf: "\nTo re-sync a checklist out of date: `".utf8)
        bytes.append(contentsOf: report.updateCommand.utf8)
        bytes.append(contentsOf: "`\n".utf8)
      }
    } else if let entry = report.entries.first {
      detail(entry, command: report.updateCommand(path: entry.path), &bytes)
    }
    bytes.append(contentsOf: "\n_\(ProgressReport.caveat)_\n".utf8)
    return bytes
  }

  private static func detail(
    _ entry: ProgressReport.Entry,
    command: String,
    _ bytes: inout [UInt8]
  ) {
    let checklist = entry.checklist
    bytes.append(contentsOf: "# Progress: ".utf8)
    MarkdownEscaping.append(ProgressReport.subject(checklist.header), to: &bytes)
    bytes.append(contentsOf: "\n\nFrom '".utf8)
    MarkdownEscaping.append(entry.path, to: &bytes)
    bytes.append(contentsOf: "'. ".utf8)
    MarkdownEscaping.append(entry.check.sentence(command: command), to: &bytes)
    bytes.append(contentsOf: "\n\n| Topic | Evidence |\n| --- | --- |\n".utf8)
    for topic in checklist.topics { row([topic.title], topic.tally, &bytes) }
    row(["**Overall**"], checklist.tally, &bytes, escaping: false)
    let open = checklist.topics.filter { $0.tally.ticked < $0.tally.total }
    guard !open.isEmpty else { return }
    bytes.append(contentsOf: "\n## No evidence yet\n".utf8)
    for topic in open {
      bytes.append(contentsOf: "\n### ".utf8)
      MarkdownEscaping.append(topic.title, to: &bytes)
      bytes.append(contentsOf: "\n\n".utf8)
      for item in topic.items where !item.isTicked {
        bytes.append(contentsOf: "- ".utf8)
        MarkdownEscaping.append(item.text, to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
      }
    }
  }

  /// A table row: `cells`, the tally's bar and fraction, then `after` when given.
  private static func row(
    _ cells: [String],
    _ tally: Checklist.Tally,
    after: String? = nil,
    _ bytes: inout [UInt8],
    escaping: Bool = true
  ) {
    bytes.append(UInt8(ascii: "|"))
    for cell in cells {
      bytes.append(UInt8(ascii: " "))
      if escaping {
        MarkdownEscaping.append(cell, to: &bytes)
      } else {
        bytes.append(contentsOf: cell.utf8)
      }
      bytes.append(contentsOf: " |".utf8)
    }
    bytes.append(
      contentsOf: " \(ProgressReport.bar(tally)) \(ProgressReport.fraction(tally)) |".utf8
    )
    if let after {
      bytes.append(UInt8(ascii: " "))
      MarkdownEscaping.append(after, to: &bytes)
      bytes.append(contentsOf: " |".utf8)
    }
    bytes.append(UInt8(ascii: "\n"))
  }
}
