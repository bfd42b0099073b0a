import ProgressionCore

/// Renders level and version diffs as text for a person at a terminal.
///
/// Lines start with a marker: `+` added or newly expected, `-` removed or no longer expected,
/// `~` reworded, `→` moved. With colour, `+` lines are green, `-` red, `~` and `→` yellow, and in
/// a rewording the removed words (`[-…-]`) red and the added ones (`{+…+}`) green. Text wraps to
/// the style's width with hanging indents and is escaped as `show` escapes it.
enum DiffTextRenderer {
  /// Starts a line marked `+` in green, or `-` in red, `indent` columns in.
  static func beginLine(added: Bool, indent: Int, into writer: inout TextWriter) {
    writer.beginParagraph(
      indent: indent,
      marker: added ? "+" : "-",
      emphasis: added ? .added : .removed,
      hangingIndent: indent + 2
    )
  }

  /// Writes the examples of a criterion as `e.g.` lines under it, with text at `indent`.
  static func examples(of criterion: Criterion, indent: Int, into writer: inout TextWriter) {
    for example in criterion.examples {
      writer.beginParagraph(
        prefix: String(repeating: " ", count: indent),
        hangingIndent: indent + 5
      )
      writer.words("e.g.", emphasis: .subtle)
      writer.words(example.text)
      writer.endParagraph()
    }
  }

  /// Writes a word diff inline: kept words plain, `[-removed-]` red, `{+added+}` green.
  static func words(_ diff: WordDiff, into writer: inout TextWriter) {
    for segment in diff.segments {
      switch segment.operation {
      case .equal: writer.words(segment.text)
      case .removed: writer.words("[-" + segment.text + "-]", emphasis: .removed)
      case .added: writer.words("{+" + segment.text + "+}", emphasis: .added)
      }
    }
  }
}
