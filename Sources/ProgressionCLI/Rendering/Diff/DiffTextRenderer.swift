import ProgressionCore

/// Renders level and version diffs as text for a person at a terminal.
///
/// Lines start with a marker: `+` added or newly expected, `-` removed or no longer expected,
/// `~` reworded, `→` moved. With colour, `+` lines are green, `-` red, `~` and `→` yellow, and in
/// a rewording the removed words (`[-…-]`) red and the added ones (`{+…+}`) green. Text wraps to
/// the style's width with hanging indents and is escaped as `show` escapes it.
enum DiffTextRenderer {
  /// Writes `text` as one word run, coloured `color` when the style uses colour.
  static func words(
    _ text: String,
    _ color: ColorSpans.Color?,
    into writer: inout TextWriter,
    spans: inout ColorSpans
  ) {
    let start = writer.bytes.count
    writer.words(text)
    if let color, writer.style.usesColor { spans.add(start..<writer.bytes.count, color) }
  }

  /// Starts a paragraph whose prefix ends with `marker` and a space, colouring the marker.
  static func beginMarked(
    indent: Int,
    marker: String,
    _ color: ColorSpans.Color,
    into writer: inout TextWriter,
    spans: inout ColorSpans
  ) {
    let start = writer.bytes.count + indent
    writer.beginParagraph(
      prefix: String(repeating: " ", count: indent) + marker + " ",
      hangingIndent: indent + 2
    )
    if writer.style.usesColor { spans.add(start..<(start + marker.utf8.count), color) }
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
  static func words(_ diff: WordDiff, into writer: inout TextWriter, spans: inout ColorSpans) {
    for segment in diff.segments {
      switch segment.operation {
      case .equal: writer.words(segment.text)
      case .removed: words("[-" + segment.text + "-]", .red, into: &writer, spans: &spans)
      case .added: words("{+" + segment.text + "+}", .green, into: &writer, spans: &spans)
      }
    }
  }
}
