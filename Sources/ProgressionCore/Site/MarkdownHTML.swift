/// A framework's Markdown text as HTML, by the tool's own renderer: the CommonMark constructs
/// framework files use (see `MarkdownBlockParser` and `MarkdownInlineRenderer`), with
/// everything else shown as text. No raw HTML passes through: every character of the text is
/// escaped or is part of a construct, and only `http:`, `https:`, `mailto:` and relative links
/// are links.
///
/// Headings are placed under the page's own: the first level written becomes `headingBase`, and
/// a heading never goes more than one level deeper than the one before it, so a text that
/// jumps from `#` to `###`, or starts at `###`, keeps the page's outline in order.
public struct MarkdownHTML: Sendable {
  /// The level of the text's top headings, at least 2 on a page whose `<h1>` is its title.
  public var headingBase: Int

  /// A renderer whose top headings are `headingBase` (clamped to 1–6).
  public init(headingBase: Int = 2) {
    self.headingBase = min(max(headingBase, 1), 6)
  }

  /// The HTML of `markdown`, each block on lines of its own.
  public func render(_ markdown: String) -> String {
    var state = State(previousLevel: headingBase - 1)
    var html = ""
    render(MarkdownBlockParser.blocks(of: markdown), isTight: false, into: &html, state: &state)
    return html
  }

  /// What rendering carries from block to block.
  private struct State {
    /// The level of the last heading written.
    var previousLevel: Int
  }

  private func render(
    _ blocks: [MarkdownBlock],
    isTight: Bool,
    into html: inout String,
    state: inout State
  ) {
    for block in blocks {
      switch block {
      case .heading(let written, let text):
        let level = min(written + headingBase - 1, state.previousLevel + 1, 6)
        state.previousLevel = max(level, headingBase)
        let shown = max(level, headingBase)
        html += "<h\(shown)>" + MarkdownInlineRenderer.html(of: text) + "</h\(shown)>\n"
      case .paragraph(let text):
        let inline = MarkdownInlineRenderer.html(of: text)
        html += isTight ? inline + "\n" : "<p>" + inline + "</p>\n"
      case .code(let code, let language):
        html += "<pre><code"
        if let language { html += " class=\"language-" + HTMLEscaping.escaped(language) + "\"" }
        html += ">" + HTMLEscaping.escaped(code) + "</code></pre>\n"
      case .quote(let inner):
        html += "<blockquote>\n"
        render(inner, isTight: false, into: &html, state: &state)
        html += "</blockquote>\n"
      case .list(let start, let tight, let items):
        let tag = start == nil ? "ul" : "ol"
        html += "<\(tag)"
        if let start, start != 1 { html += " start=\"\(start)\"" }
        html += ">\n"
        for item in items {
          html += "<li>"
          if !(tight && item.first.map(Self.isParagraph) == true) { html += "\n" }
          render(item, isTight: tight, into: &html, state: &state)
          html += "</li>\n"
        }
        html += "</\(tag)>\n"
      case .thematicBreak:
        html += "<hr>\n"
      }
    }
  }

  private static func isParagraph(_ block: MarkdownBlock) -> Bool {
    if case .paragraph = block { return true }
    return false
  }
}
