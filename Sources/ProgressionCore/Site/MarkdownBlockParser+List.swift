extension MarkdownBlockParser {
  /// The marker that starts a list item: `-`, `+` or `*`, or 1 to 9 digits and `.` or `)`,
  /// followed by a space or the end of the line.
  struct ListMarker: Hashable, Sendable {
    /// The bullet, or the delimiter after the number: items of one list share it.
    var symbol: Character
    /// The number of an ordered item; `nil` for a bullet.
    var number: Int?
    /// The column the item's content starts at: lines indented this far belong to the item.
    var contentIndent: Int
    /// The rest of the line after the marker and its spaces, with spaces kept beyond the
    /// fifth (indented code in the item).
    var firstLine: Substring

    /// The marker `line` starts with, if any (`line` is indented by less than 4).
    init?(line: MarkdownLine) {
      let indent = line.indent
      guard indent < 4 else { return nil }
      let content = line.content
      var rest: Substring
      if let first = content.first, first == "-" || first == "+" || first == "*" {
        symbol = first
        number = nil
        rest = content.dropFirst()
      } else {
        let digits = content.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count), let value = Int(digits) else { return nil }
        let after = content.dropFirst(digits.count)
        guard let delimiter = after.first, delimiter == "." || delimiter == ")" else { return nil }
        symbol = delimiter
        number = value
        rest = after.dropFirst()
      }
      let markerWidth = content.count - rest.count
      guard rest.isEmpty || rest.first == " " else { return nil }
      let spaces = rest.prefix { $0 == " " }.count
      if rest.allSatisfy({ $0 == " " }) {
        contentIndent = indent + markerWidth + 1
        firstLine = ""
      } else if spaces > 4 {
        contentIndent = indent + markerWidth + 1
        firstLine = rest.dropFirst()
      } else {
        contentIndent = indent + markerWidth + spaces
        firstLine = rest.dropFirst(spaces)
      }
    }

    /// Whether an item may start in the middle of a paragraph: a bullet or the number 1, with
    /// text after it.
    var mayInterruptParagraph: Bool {
      (number == nil || number == 1) && !firstLine.isEmpty
    }

    /// Whether `other` starts an item of the same list.
    func continuesList(_ other: ListMarker) -> Bool {
      symbol == other.symbol && (number == nil) == (other.number == nil)
    }
  }

  /// A list starting with the item `first` at the current line: its items, each read as a
  /// container of its own, until a line that belongs to none.
  mutating func readList(first: ListMarker) {
    var items: [[MarkdownBlock]] = []
    var isTight = true
    var marker = first
    while true {
      var itemLines = [MarkdownLine(marker.firstLine)]
      index += 1
      var lastWasText = !marker.firstLine.isEmpty
      var blankRun = 0
      while index < lines.count {
        let line = lines[index]
        if line.isBlank {
          // An item that starts with a blank line ends at the next blank line.
          if itemLines.count == 1 && marker.firstLine.isEmpty { break }
          blankRun += 1
          itemLines.append(MarkdownLine(""))
          lastWasText = false
        } else if line.indent >= marker.contentIndent {
          if blankRun > 0 { isTight = false }
          blankRun = 0
          itemLines.append(
            MarkdownLine(expandingTabsOf: line.dropping(spaces: marker.contentIndent))
          )
          lastWasText = true
        } else if blankRun == 0, lastWasText, Self.isParagraphText(line) {
          itemLines.append(line)
        } else {
          break
        }
        index += 1
      }
      // Trailing blank lines belong between items, not to this one.
      itemLines.removeLast(blankRun)
      items.append(Self.blocks(of: itemLines, depth: depth + 1))
      guard index < lines.count, let next = ListMarker(line: lines[index]),
        marker.continuesList(next)
      else { break }
      if blankRun > 0 { isTight = false }
      marker = next
    }
    blocks.append(.list(start: first.number, isTight: isTight, items: items))
  }
}
