import ProgressionCore

/// Renders `validate`'s findings as GitHub Actions workflow commands, so that a pull request
/// shows each one on the line concerned:
/// ```
/// ::error file=frameworks/backend.md,line=41,col=16,title=duplicate-level::level 3 appears ...
/// ```
/// Notes follow the message on lines of their own. Values are escaped as the Actions toolkit
/// escapes them: `%`, CR and LF everywhere, and `:` and `,` in properties too, so no text from a
/// file can end a command early or start another; control characters from a file or its name
/// are shown escaped, as on a terminal. Lines that are not commands (what `--fix`
/// changed, the summary) are plain log lines.
enum ValidationGitHubRenderer {
  /// What `validate` prints about one file, as it is checked; `showsFixed` is false under
  /// `--quiet`, which leaves out the line saying what `--fix` fixed.
  static func render(_ file: ValidationReport.File, showsFixed: Bool = true) -> String {
    var text = ""
    if let diff = file.diff {
      text += logLines(diff)
    } else if showsFixed, let line = ValidationReport.fixedLine(for: file) {
      text += escapeData(TerminalSafety.sanitized(line)) + "\n"
    }
    for finding in file.findings { text += command(for: finding) }
    return text
  }

  /// The summary line, last.
  static func renderSummary(of report: ValidationReport) -> String {
    report.summary + "\n"
  }

  /// `::error file=...,line=...,col=...,title=RULE::MESSAGE` and a line break.
  static func command(for finding: Diagnostic) -> String {
    // A file name is text from outside too: it is kept from the log's terminal like the message.
    var properties = ["file=" + escapeProperty(TerminalSafety.sanitized(finding.path))]
    if let position = finding.position {
      properties.append("line=\(position.line)")
      properties.append("col=\(position.column)")
    }
    properties.append("title=" + escapeProperty(finding.ruleID))
    // Text from the file is kept from acting on a log that shows terminal escapes.
    var message = TerminalSafety.sanitized(finding.message)
    for note in finding.notes {
      message += "\nnote: line \(note.position.line), column \(note.position.column): "
      message += TerminalSafety.sanitized(note.message)
    }
    let name = finding.severity == .error ? "error" : "warning"
    return "::\(name) \(properties.joined(separator: ","))::\(escapeData(message))\n"
  }

  /// Plain log lines (the `--dry-run` diff, which quotes the file and its name) with what could
  /// act on the log's terminal escaped, tabs kept.
  static func logLines(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: TerminalSafety.mayBeUnsafe) else { return text }
    var bytes: [UInt8] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if !bytes.isEmpty { bytes.append(UInt8(ascii: "\n")) }
      TerminalSafety.append(line.unicodeScalars, to: &bytes, keepingTabs: true)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A command's message: `%`, CR and LF escaped.
  static func escapeData(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": escaped += "%25"
      case "\r": escaped += "%0D"
      case "\n": escaped += "%0A"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  /// A command's property value: as data, and `:` and `,` too.
  static func escapeProperty(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for scalar in escapeData(text).unicodeScalars {
      switch scalar {
      case ":": escaped += "%3A"
      case ",": escaped += "%2C"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }
}
