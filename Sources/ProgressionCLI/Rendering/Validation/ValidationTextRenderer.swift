import ProgressionCore

/// Renders `validate`'s findings as a compiler does, for a terminal or a CI log: each finding's
/// `path:line:column: severity: message [rule-id]`, the offending line with a caret under the
/// column, its notes, then a summary line:
/// ```
/// frameworks/backend.md:41:16: error: level 3 appears twice in topic 'impact' [...]
///    41 |       - level: 3
///       |                ^
/// frameworks/backend.md:33:16: note: first appearance is here
/// 1 error in 1 file
/// ```
/// With `--fix`, each fixed file first gets a line saying what was fixed; with `--dry-run`, the
/// unified diff of the fixes instead.
///
/// Files are rendered one by one as they are checked, so a long run shows its findings as it
/// goes; the summary comes last.
enum ValidationTextRenderer {
  /// What `validate` prints about one file; `showsFixed` is false under `--quiet`, which
  /// leaves out the line saying what `--fix` fixed.
  static func render(
    _ file: ValidationReport.File,
    usesColor: Bool,
    showsFixed: Bool = true
  ) -> String {
    let renderer = DiagnosticRenderer(usesColor: usesColor)
    var text = ""
    if let diff = file.diff {
      text += diff
    } else if showsFixed, let line = ValidationReport.fixedLine(for: file) {
      text += TerminalSafety.sanitized(line) + "\n"
    }
    for finding in file.findings {
      text += renderer.render(
        finding,
        source: file.source.isEmpty ? nil : file.source,
        lines: file.lines
      )
    }
    return text
  }

  /// The summary line, green, yellow or red as the worst finding.
  static func renderSummary(of report: ValidationReport, usesColor: Bool) -> String {
    let attributes: TerminalStyle.Attributes =
      report.errorCount > 0 ? .boldRed : report.warningCount > 0 ? .boldYellow : .boldGreen
    return TerminalStyle(isEnabled: usesColor).apply(attributes, to: report.summary) + "\n"
  }
}
