import ProgressionCore
import YAMLSubset

/// Renders diagnostics, usage errors and tool errors for standard error.
///
/// A diagnostic is a compiler-style header, then, when the source is known, the offending line
/// under a line-number gutter with a caret under the column, then one line per note:
/// ```
/// frameworks/backend.md:41:16: error: level 3 appears twice in topic 'impact' [duplicate-level]
///    41 |       - level: 3
///       |                ^
/// frameworks/backend.md:33:16: note: first appearance is here
/// ```
package struct DiagnosticRenderer: Hashable, Sendable {
  /// The escapes to colour with; disabled when colour is off.
  package var style: TerminalStyle

  /// Creates a renderer that colours its output when `usesColor` is `true`.
  package init(usesColor: Bool) {
    self.style = TerminalStyle(isEnabled: usesColor)
  }

  /// The lines for `diagnostic`, each ending with a line break.
  ///
  /// - Parameters:
  ///   - diagnostic: the finding; its position's offset indexes `source`.
  ///   - source: the bytes of the file, to echo the offending line; `nil` to show none.
  ///   - lines: the line index of `source`, when there is one, so that the line is found
  ///     without scanning the file from its start (which many findings in a large file make
  ///     quadratic).
  package func render(_ diagnostic: Diagnostic, source: [UInt8]?, lines: LineIndex? = nil) -> String
  {
    var text = header(
      path: diagnostic.path,
      position: diagnostic.position,
      severity: diagnostic.severity,
      message: diagnostic.message,
      ruleID: diagnostic.ruleID
    )
    if let position = diagnostic.position, let source,
      let excerpt = SourceExcerpt(
        at: position,
        in: source,
        line: lines?.range(ofLine: position.line, in: source)
      )
    {
      let number = String(position.line)
      let width = max(5, number.count + 1)
      let gutter = String(repeating: " ", count: width - number.count) + number + " | "
      let emptyGutter = String(repeating: " ", count: width) + " |"
      let caret = style.apply(Self.attributes(for: diagnostic.severity), to: "^")
      text += style.apply(.bold, to: gutter) + excerpt.text + "\n"
      text += style.apply(.bold, to: emptyGutter) + " "
      text += String(repeating: " ", count: excerpt.caretColumn) + caret + "\n"
    }
    for note in diagnostic.notes {
      text += header(
        path: diagnostic.path,
        position: note.position,
        severity: .note,
        message: note.message,
        ruleID: ""
      )
    }
    return text
  }

  /// `progression: error: MESSAGE`, for errors about the run rather than a place in a file.
  package func renderToolError(_ message: String) -> String {
    let message = TerminalSafety.sanitized(message)
    return "\(HelpGenerator.toolName): \(style.apply(.boldRed, to: "error:")) \(message)\n"
  }

  /// The message, the usage line of the command concerned and where to find its help.
  package func render(_ error: UsageError) -> String {
    let usage: String
    let helpCommand: String
    if let command = error.command {
      usage = HelpGenerator.usageLine(for: command)
      helpCommand = "\(HelpGenerator.toolName) \(command.name) --help"
    } else {
      usage = HelpGenerator.toolUsageLine
      helpCommand = "\(HelpGenerator.toolName) --help"
    }
    return renderToolError(error.message) + "Usage: \(usage)\nSee '\(helpCommand)'.\n"
  }

  /// `PATH:LINE:COLUMN: SEVERITY: MESSAGE [RULE-ID]` and a line break.
  private func header(
    path: String,
    position: SourcePosition?,
    severity: Diagnostic.Severity,
    message: String,
    ruleID: String
  ) -> String {
    let path = TerminalSafety.sanitized(path)
    let location = position.map { "\(path):\($0.line):\($0.column):" } ?? "\(path):"
    var text = style.apply(.bold, to: location) + " "
    text += style.apply(Self.attributes(for: severity), to: "\(severity.rawValue):") + " "
    text += style.apply(.bold, to: TerminalSafety.sanitized(message))
    if !ruleID.isEmpty { text += " [\(ruleID)]" }
    return text + "\n"
  }

  private static func attributes(for severity: Diagnostic.Severity) -> TerminalStyle.Attributes {
    switch severity {
    case .error: .boldRed
    case .warning: .boldYellow
    case .note: .boldCyan
    }
  }
}
