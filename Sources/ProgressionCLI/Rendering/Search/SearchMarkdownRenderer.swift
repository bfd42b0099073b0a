import ProgressionCore

/// Renders `search` results as CommonMark: `##` per framework (its name and file), `###` per
/// topic, `####` per level, one bullet per matching text with the matched words in bold, and
/// the summary as the last paragraph. A matching topic title is bold in its heading.
enum SearchMarkdownRenderer {
  /// The Markdown of `results`, as UTF-8.
  static func render(_ results: SearchResults) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.append(contentsOf: "# Search: ".utf8)
    MarkdownEscaping.append(results.terms.map { "‘\($0)’" }.joined(separator: " "), to: &bytes)
    bytes.append(UInt8(ascii: "\n"))
    for (index, hit) in results.hits.enumerated() {
      let headings = results.headings(before: index)
      if headings.framework {
        bytes.append(contentsOf: "\n## ".utf8)
        MarkdownEscaping.append(hit.framework, to: &bytes)
        bytes.append(contentsOf: " (".utf8)
        MarkdownEscaping.append(hit.source, to: &bytes, continuingLine: true)
        bytes.append(contentsOf: ")\n".utf8)
      }
      if headings.topic {
        bytes.append(contentsOf: "\n### ".utf8)
        if hit.kind == .topicTitle {
          appendHighlighted(hit, to: &bytes)
          bytes.append(contentsOf: " _(title)_".utf8)
        } else {
          MarkdownEscaping.append(hit.topicTitle, to: &bytes)
        }
        bytes.append(UInt8(ascii: "\n"))
      }
      if headings.level, let level = hit.level {
        bytes.append(contentsOf: "\n#### Level \(level)\n\n".utf8)
      }
      guard hit.kind != .topicTitle else { continue }
      bytes.append(contentsOf: (hit.kind == .example ? "- e.g. " : "- ").utf8)
      appendHighlighted(hit, to: &bytes)
      if hit.isInherited { bytes.append(contentsOf: " _(inherited)_".utf8) }
      bytes.append(UInt8(ascii: "\n"))
    }
    bytes.append(UInt8(ascii: "\n"))
    var summary = results.summary
    if let first = summary.first { summary = first.uppercased() + summary.dropFirst() + "." }
    MarkdownEscaping.append(summary, to: &bytes)
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }

  /// Appends the hit's text, escaped, with each match in `**`.
  private static func appendHighlighted(_ hit: SearchHit, to bytes: inout [UInt8]) {
    var start = hit.text.startIndex
    for match in hit.matches {
      let before = String(hit.text[start..<match.lowerBound])
      MarkdownEscaping.append(before, to: &bytes, continuingLine: start != hit.text.startIndex)
      bytes.append(contentsOf: "**".utf8)
      MarkdownEscaping.append(String(hit.text[match]), to: &bytes, continuingLine: true)
      bytes.append(contentsOf: "**".utf8)
      start = match.upperBound
    }
    let rest = String(hit.text[start...])
    MarkdownEscaping.append(rest, to: &bytes, continuingLine: start != hit.text.startIndex)
  }
}
