import ProgressionCore

/// Renders `search` results for a terminal: a heading per framework (its name and file), per
/// topic and per level, one bullet per matching text with the matched words emphasised, and a
/// summary line.
///
/// ```
/// backend (frameworks/backend.md)
///   Communication
///     Level 2
///       - Provides helpful and actionable feedback in code reviews
///       - e.g. Take a look at the levelling up your code reviews talk
///
/// 2 matches in 1 of 4 frameworks
/// ```
enum SearchTextRenderer {
  /// The text of `results`, as UTF-8.
  static func render(_ results: SearchResults, style: TextStyle) -> [UInt8] {
    var writer = TextWriter(style: style)
    for (index, hit) in results.hits.enumerated() {
      let headings = results.headings(before: index)
      if headings.framework {
        if index > 0 { writer.blankLine() }
        writer.beginParagraph()
        writer.words(hit.framework, emphasis: .title)
        writer.words("(\(hit.source))", emphasis: .subtle)
        writer.endParagraph()
      }
      if headings.topic {
        writer.beginParagraph(prefix: "  ", hangingIndent: 2)
        if hit.kind == .topicTitle {
          writer.words(hit.text, highlighting: hit.matches, emphasis: .match)
          writer.words("(title)", emphasis: .subtle)
        } else {
          writer.words(hit.topicTitle, emphasis: .subheading)
        }
        writer.endParagraph()
      }
      if headings.level, let level = hit.level {
        writer.paragraph("Level \(level)", prefix: "    ", hangingIndent: 4, emphasis: .heading)
      }
      guard hit.kind != .topicTitle else { continue }
      writer.beginParagraph(prefix: "      - ", hangingIndent: 8)
      if hit.kind == .example { writer.words("e.g.", emphasis: .subtle) }
      writer.words(hit.text, highlighting: hit.matches, emphasis: .match)
      if hit.isInherited { writer.words("(inherited)", emphasis: .subtle) }
      writer.endParagraph()
    }
    if !results.hits.isEmpty { writer.blankLine() }
    writer.paragraph(results.summary, emphasis: .subtle)
    return writer.bytes
  }
}
