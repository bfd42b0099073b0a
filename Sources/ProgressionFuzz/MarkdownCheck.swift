import ProgressionCore

/// The promise of the site's Markdown renderer, checked on one text: whatever the text, every
/// `<` of the HTML starts one of the tags the renderer writes, and the elements nest properly,
/// so no text becomes markup.
package enum MarkdownCheck {
  /// The tags the renderer writes, by name; `true` for those with an end tag.
  static let tags: [String: Bool] = [
    "p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
    "em": true, "strong": true, "code": true, "pre": true, "blockquote": true, "ul": true,
    "ol": true, "li": true, "a": true, "hr": false, "br": false,
  ]

  /// The broken promises for the Markdown `text`; empty when all hold.
  package static func problems(in text: String) -> [String] {
    problems(inHTML: MarkdownHTML().render(text))
  }

  /// The broken promises of `html`, as the renderer wrote it.
  ///
  /// The HTML is read by scalars, not `Character`s: text may put a combining mark or a
  /// variation selector right after a tag's `>`, which as a `Character` would hide it.
  package static func problems(inHTML html: String) -> [String] {
    var open: [String] = []
    var rest = html.unicodeScalars[...]
    while let start = rest.firstIndex(of: "<") {
      guard let end = rest[start...].firstIndex(of: ">") else {
        return ["markdown: a '<' starts no tag"]
      }
      let tag = String(rest[rest.index(after: start)..<end])
      let isEnd = tag.first == "/"
      let name = String((isEnd ? tag.dropFirst() : tag[...]).prefix { $0 != " " })
      guard let hasEnd = tags[name] else {
        return ["markdown: '<\(tag)>' is not a tag the renderer writes"]
      }
      if isEnd {
        guard open.popLast() == name else { return ["markdown: '</\(name)>' closes nothing"] }
      } else if hasEnd {
        open.append(name)
      }
      rest = rest[rest.index(after: end)...]
    }
    return open.isEmpty ? [] : ["markdown: '<\(open.last ?? "")>' is never closed"]
  }
}
