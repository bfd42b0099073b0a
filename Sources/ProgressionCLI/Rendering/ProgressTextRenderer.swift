import ProgressionCore

/// Renders progress for a terminal: for one checklist, a bar per topic and overall and the open
/// items; for several, one row per checklist. Columns line up by display width.
enum ProgressTextRenderer {
  /// The text of `report`.
  static func render(_ report: ProgressReport) -> String {
    var text = ""
    if report.isSummary {
      let rows = report.entries.map { entry in
        (entry.path, entry.checklist.tally, ProgressReport.subject(entry.checklist.header))
      }
      let width = rows.map { DisplayWidth.columns(of: $0.0) }.max() ?? 0
      let fractionWidth = rows.map { ProgressReport.fraction($0.1).count }.max() ?? 0
      let subjectWidth = rows.map { DisplayWidth.columns(of: $0.2) }.max() ?? 0
      for ((path, tally, subject), entry) in zip(rows, report.entries) {
        text += pad(TerminalSafety.sanitized(path), to: width)
        text += "  \(ProgressReport.bar(tally))  "
        text += pad(ProgressReport.fraction(tally), to: fractionWidth)
        text += "  " + pad(TerminalSafety.sanitized(subject), to: subjectWidth)
        text += "  \(TerminalSafety.sanitized(entry.check.brief))\n"
      }
      if report.hasUpdates {
        text += "\nTo re-sync a checklist out of date: "
        text += TerminalSafety.sanitized(report.updateCommand) + "\n"
      }
    } else if let entry = report.entries.first {
      text += detail(entry, command: report.updateCommand(path: entry.path))
    }
    return text + "\n" + ProgressReport.caveat + "\n"
  }

  private static func detail(_ entry: ProgressReport.Entry, command: String) -> String {
    let checklist = entry.checklist
    var text = TerminalSafety.sanitized(
      "\(entry.path): \(ProgressReport.subject(checklist.header))"
    )
    text += "\n" + TerminalSafety.sanitized(entry.check.sentence(command: command)) + "\n\n"
    let rows =
      checklist.topics.map { (TerminalSafety.sanitized($0.title), $0.tally) }
      + [("Overall", checklist.tally)]
    let width = rows.map { DisplayWidth.columns(of: $0.0) }.max() ?? 0
    for (title, tally) in rows {
      text += "  " + pad(title, to: width)
      text += "  \(ProgressReport.bar(tally))  \(ProgressReport.fraction(tally))\n"
    }
    let open = checklist.topics.filter { $0.tally.ticked < $0.tally.total }
    guard !open.isEmpty else { return text }
    text += "\nNo evidence yet:\n"
    for topic in open {
      text += "  \(TerminalSafety.sanitized(topic.title))\n"
      for item in topic.items where !item.isTicked {
        text += "    - \(TerminalSafety.sanitized(item.text))"
        text += item.line.map { " (line \($0))" } ?? ""
        text += "\n"
      }
    }
    return text
  }

  private static func pad(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - DisplayWidth.columns(of: text)))
  }
}
