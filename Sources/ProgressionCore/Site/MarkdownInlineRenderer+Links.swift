extension MarkdownInlineRenderer {
  /// A link rendered, and the position after its source.
  struct RenderedLink {
    var html: String
    var end: Int
  }

  /// The inline link `[text](destination "title")` starting at the `[` at `start`, when one
  /// does and its destination is allowed (see `MarkdownLinkDestination`); `nil` otherwise, and
  /// the source is then text.
  func link(at start: Int) -> RenderedLink? {
    guard let close = tables.closingBracket[start], close + 1 < scalars.count,
      scalars[close + 1] == "("
    else { return nil }
    var position = tables.nextNonWhitespace[close + 2]
    let destination: String
    if position < scalars.count, scalars[position] == "<" {
      let end = tables.nextGreaterThan[position]
      guard end < scalars.count, tables.nextLessThan[position + 1] > end,
        !scalars[position + 1..<end].contains("\n")
      else { return nil }
      destination = Self.unescaped(scalars[position + 1..<end])
      position = end + 1
    } else {
      // A `(` in a destination is not supported: stopping there keeps destinations apart, so
      // no two links read the same characters.
      let end = min(
        tables.nextParenthesis[position],
        tables.nextWhitespace[position],
        tables.nextOpeningParenthesis[position]
      )
      destination = Self.unescaped(scalars[position..<end])
      position = end
    }
    position = tables.nextNonWhitespace[position]
    var title: String?
    if position < scalars.count, scalars[position] == "\"" || scalars[position] == "'" {
      let quotes = scalars[position] == "\"" ? tables.nextDoubleQuote : tables.nextSingleQuote
      let end = quotes[position + 1]
      guard end < scalars.count else { return nil }
      title = Self.unescaped(scalars[position + 1..<end])
      position = tables.nextNonWhitespace[end + 1]
    }
    guard position < scalars.count, scalars[position] == ")",
      let url = MarkdownLinkDestination(destination)
    else { return nil }
    var html = "<a href=\"" + HTMLEscaping.escaped(url.text) + "\""
    if let title { html += " title=\"" + HTMLEscaping.escaped(title) + "\"" }
    html += ">"
    html += Self.html(
      of: String(String.UnicodeScalarView(scalars[start + 1..<close])),
      isInsideLink: true
    )
    html += "</a>"
    return RenderedLink(html: html, end: position + 1)
  }

  /// The autolink `<https://…>` or `<mailto:…>` starting at the `<` at `start`: a URL with no
  /// space, `<` or `>`.
  func autolink(at start: Int) -> RenderedLink? {
    let end = tables.nextGreaterThan[start]
    guard end < scalars.count, tables.nextLessThan[start + 1] > end,
      tables.nextWhitespace[start] > end
    else { return nil }
    let text = String(String.UnicodeScalarView(scalars[start + 1..<end]))
    guard let url = MarkdownLinkDestination(text), url.isAbsolute else { return nil }
    let escaped = HTMLEscaping.escaped(text)
    return RenderedLink(html: "<a href=\"\(escaped)\">\(escaped)</a>", end: end + 1)
  }

  /// `scalars` with backslash escapes of ASCII punctuation resolved.
  static func unescaped(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var text = String.UnicodeScalarView()
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if scalar == "\\", index + 1 < scalars.endIndex,
        isASCIIPunctuation(scalars[index + 1])
      {
        text.append(scalars[index + 1])
        index += 2
      } else {
        text.append(scalar)
        index += 1
      }
    }
    return String(text)
  }
}
