/// Renders the inline content of a Markdown block to HTML: backslash escapes, code spans,
/// emphasis and strong emphasis (`*`, `_`), links (`[text](url "title")`, `<https://…>`),
/// images as links to them, and hard line breaks; everything else, raw HTML and entities
/// included, is escaped text.
///
/// It runs in time linear in the text: what matches what (backtick runs, brackets) is worked out
/// in one pass before rendering, where the next `)`, `>` or space is looked up in tables, and
/// emphasis is matched with CommonMark's delimiter stack and its lower bounds per kind of
/// delimiter. So an unclosed `*`, `[` or backtick on a long line is never rescanned.
struct MarkdownInlineRenderer {
  /// The text's scalars.
  let scalars: [Unicode.Scalar]
  /// Whether the text is a link's text, where links are not allowed (they would nest).
  let isInsideLink: Bool
  let tables: MarkdownInlineTables

  /// The HTML of `text`.
  static func html(of text: some StringProtocol, isInsideLink: Bool = false) -> String {
    MarkdownInlineRenderer(scalars: Array(text.unicodeScalars), isInsideLink: isInsideLink)
      .render()
  }

  private init(scalars: [Unicode.Scalar], isInsideLink: Bool) {
    self.scalars = scalars
    self.isInsideLink = isInsideLink
    tables = MarkdownInlineTables(scalars)
  }

  private func render() -> String {
    var pieces = MarkdownEmphasis()
    var text = ""
    var position = 0
    var backtickRun = 0
    while position < scalars.count {
      let scalar = scalars[position]
      switch scalar {
      case "\\":
        let next = position + 1 < scalars.count ? scalars[position + 1] : " "
        if next == "\n" {
          text += "<br>\n"
          position += 2
        } else if next.isASCII, Self.isASCIIPunctuation(next) {
          HTMLEscaping.append(next, to: &text)
          position += 2
        } else {
          text += "\\"
          position += 1
        }
      case "`":
        while backtickRun < tables.backtickRuns.count,
          tables.backtickRuns[backtickRun].start < position
        {
          backtickRun += 1
        }
        guard backtickRun < tables.backtickRuns.count,
          tables.backtickRuns[backtickRun].start == position
        else {
          text += "`"
          position += 1
          continue
        }
        let length = tables.backtickRuns[backtickRun].length
        if let closing = tables.closingRun[backtickRun] {
          let end = tables.backtickRuns[closing].start
          text += "<code>" + codeSpan(position + length..<end) + "</code>"
          position = end + length
          backtickRun = closing + 1
        } else {
          text += String(repeating: "`", count: length)
          position += length
          backtickRun += 1
        }
      case "*", "_":
        let start = position
        while position < scalars.count, scalars[position] == scalar { position += 1 }
        pieces.appendText(&text)
        pieces.appendDelimiter(
          scalar,
          count: position - start,
          before: start > 0 ? scalars[start - 1] : nil,
          after: position < scalars.count ? scalars[position] : nil
        )
      case "[", "<",
        "!" where position + 1 < scalars.count && scalars[position + 1] == "[":
        // An image is shown as a link to it: the page loads nothing.
        var rendered: RenderedLink?
        if !isInsideLink {
          let bracket = scalar == "!" ? position + 1 : position
          rendered = scalar == "<" ? autolink(at: position) : link(at: bracket)
        }
        if let rendered {
          text += rendered.html
          position = rendered.end
        } else {
          HTMLEscaping.append(scalar, to: &text)
          position += 1
        }
      case "\n":
        if text.utf8.last == UInt8(ascii: " "), text.utf8.dropLast().last == UInt8(ascii: " ") {
          while text.last == " " { text.removeLast() }
          text += "<br>\n"
        } else {
          text += "\n"
        }
        position += 1
      default:
        HTMLEscaping.append(scalar, to: &text)
        position += 1
      }
    }
    pieces.appendText(&text)
    return pieces.html()
  }

  /// A code span's content: line feeds as spaces, and one space stripped from each end when
  /// both ends have one and it is not all spaces.
  private func codeSpan(_ range: Range<Int>) -> String {
    var content = scalars[range].map { $0 == "\n" ? " " : $0 }
    if content.count >= 2, content.first == " ", content.last == " ",
      content.contains(where: { $0 != " " })
    {
      content = Array(content.dropFirst().dropLast())
    }
    var html = ""
    for scalar in content { HTMLEscaping.append(scalar, to: &html) }
    return html
  }

  /// Whether `scalar` is ASCII punctuation, which a backslash escapes.
  static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
    default: false
    }
  }
}
