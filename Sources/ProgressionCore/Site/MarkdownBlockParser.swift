/// Reads the blocks of a Markdown text: the CommonMark constructs framework files use, in one
/// pass over the lines of each container.
///
/// Understood: ATX and setext headings, paragraphs, fenced and indented code blocks, block
/// quotes, bullet and ordered lists (nested, tight or loose, with lazy continuation lines) and
/// thematic breaks. Anything else, raw HTML included, is paragraph text, which the inline
/// renderer escapes. Containers nest at most `maximumDepth` deep; deeper markers are text, so a
/// line of 100,000 `>` costs one pass per level up to that depth, not a recursion per marker.
struct MarkdownBlockParser {
  /// The deepest block quotes and list items nest; deeper markers are read as text.
  static let maximumDepth = 16

  /// The lines of the container being read.
  let lines: [MarkdownLine]
  /// How deep the container is: 0 for the document.
  let depth: Int
  var index = 0
  var blocks: [MarkdownBlock] = []
  private var paragraph: [Substring] = []

  /// The blocks of `text`.
  static func blocks(of text: String) -> [MarkdownBlock] {
    blocks(of: MarkdownLine.lines(of: text), depth: 0)
  }

  /// The blocks of the container holding `lines`, `depth` containers deep.
  static func blocks(of lines: [MarkdownLine], depth: Int) -> [MarkdownBlock] {
    var parser = MarkdownBlockParser(lines: lines, depth: depth)
    parser.parse()
    return parser.blocks
  }

  private init(lines: [MarkdownLine], depth: Int) {
    self.lines = lines
    self.depth = depth
  }

  private mutating func parse() {
    while index < lines.count {
      let line = lines[index]
      if line.isBlank {
        endParagraph()
        index += 1
        continue
      }
      let indent = line.indent
      if indent >= 4 {
        if paragraph.isEmpty {
          readIndentedCode()
        } else {
          paragraph.append(line.content)
          index += 1
        }
        continue
      }
      let content = line.content
      if let fence = Fence(opening: content, indent: indent) {
        endParagraph()
        readFencedCode(fence)
      } else if let heading = Self.atxHeading(content) {
        endParagraph()
        blocks.append(heading)
        index += 1
      } else if !paragraph.isEmpty, let level = Self.setextLevel(content) {
        blocks.append(.heading(level: level, text: paragraphText()))
        paragraph = []
        index += 1
      } else if Self.isThematicBreak(content) {
        endParagraph()
        blocks.append(.thematicBreak)
        index += 1
      } else if depth < Self.maximumDepth, content.first == ">" {
        endParagraph()
        readQuote()
      } else if depth < Self.maximumDepth, let marker = ListMarker(line: line),
        paragraph.isEmpty || marker.mayInterruptParagraph
      {
        endParagraph()
        readList(first: marker)
      } else {
        paragraph.append(content)
        index += 1
      }
    }
    endParagraph()
  }

  /// The paragraph's lines, joined, without the spaces that end the last one.
  private func paragraphText() -> String {
    var text = paragraph.joined(separator: "\n")
    while text.last == " " { text.removeLast() }
    return text
  }

  private mutating func endParagraph() {
    guard !paragraph.isEmpty else { return }
    blocks.append(.paragraph(paragraphText()))
    paragraph = []
  }

  /// Lines indented by 4 or more, with blank lines between them.
  private mutating func readIndentedCode() {
    var code: [Substring] = []
    var end = index
    while index < lines.count, lines[index].isBlank || lines[index].indent >= 4 {
      code.append(lines[index].dropping(spaces: 4))
      index += 1
      if !lines[index - 1].isBlank { end = code.count }
    }
    index -= code.count - end
    blocks.append(.code(code[..<end].map { $0 + "\n" }.joined(), language: nil))
  }

  private mutating func readFencedCode(_ fence: Fence) {
    index += 1
    var code = ""
    while index < lines.count {
      let line = lines[index]
      index += 1
      if line.indent < 4, fence.isClosed(by: line.content) { break }
      code += line.dropping(spaces: fence.indent) + "\n"
    }
    blocks.append(.code(code, language: fence.language))
  }

  /// A block quote: lines starting with `>`, and lazy lines continuing its paragraph.
  private mutating func readQuote() {
    var inner: [MarkdownLine] = []
    var continuesParagraph = false
    while index < lines.count {
      let line = lines[index]
      let content = line.content
      if line.indent < 4, content.first == ">" {
        var rest = content.dropFirst()
        if rest.first == " " { rest = rest.dropFirst() }
        let innerLine = MarkdownLine(expandingTabsOf: rest)
        inner.append(innerLine)
        continuesParagraph = !innerLine.isBlank && Self.isParagraphText(innerLine)
      } else if continuesParagraph, !line.isBlank, Self.isParagraphText(line) {
        inner.append(line)
      } else {
        break
      }
      index += 1
    }
    blocks.append(.quote(Self.blocks(of: inner, depth: depth + 1)))
  }

  /// Whether `line` would be read as paragraph text, not as the start of another block: what
  /// may continue a paragraph lazily.
  static func isParagraphText(_ line: MarkdownLine) -> Bool {
    guard line.indent < 4 else { return true }
    let content = line.content
    return Fence(opening: content, indent: 0) == nil && atxHeading(content) == nil
      && !isThematicBreak(content) && content.first != ">" && ListMarker(line: line) == nil
  }
}

extension MarkdownBlockParser {
  /// A heading of 1 to 6 `#` followed by a space or the end of the line; a closing run of `#`
  /// after a space is left out.
  static func atxHeading(_ content: Substring) -> MarkdownBlock? {
    let level = content.prefix { $0 == "#" }.count
    guard (1...6).contains(level) else { return nil }
    var text = content.dropFirst(level)
    guard text.isEmpty || text.first == " " else { return nil }
    text = text.drop { $0 == " " }
    while text.last == " " { text = text.dropLast() }
    let closing = text.reversed().prefix { $0 == "#" }.count
    if closing > 0 {
      let rest = text.dropLast(closing)
      if rest.isEmpty || rest.last == " " { text = rest }
    }
    while text.last == " " { text = text.dropLast() }
    return .heading(level: level, text: String(text))
  }

  /// 1 for a line of `=`, 2 for a line of `-`, possibly followed by spaces: a setext underline.
  static func setextLevel(_ content: Substring) -> Int? {
    var text = content
    while text.last == " " { text = text.dropLast() }
    guard let first = text.first, first == "=" || first == "-", text.allSatisfy({ $0 == first })
    else { return nil }
    return first == "=" ? 1 : 2
  }

  /// Three or more `*`, `-` or `_`, the same, with only spaces between them.
  static func isThematicBreak(_ content: Substring) -> Bool {
    guard let first = content.first, first == "*" || first == "-" || first == "_" else {
      return false
    }
    var count = 0
    for character in content {
      if character == first {
        count += 1
      } else if character != " " {
        return false
      }
    }
    return count >= 3
  }
}
