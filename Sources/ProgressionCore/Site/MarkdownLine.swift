/// One line of a Markdown block, with its indentation measured: what the block parser decides
/// by.
struct MarkdownLine: Hashable, Sendable {
  /// The line without its line ending, with tabs in its indentation expanded to spaces (tab
  /// stops every 4 columns).
  var text: Substring

  /// The number of leading spaces.
  var indent: Int {
    text.utf8.prefix { $0 == UInt8(ascii: " ") }.count
  }

  /// Whether the line holds only spaces.
  var isBlank: Bool {
    text.utf8.allSatisfy { $0 == UInt8(ascii: " ") }
  }

  /// The line without up to `count` leading spaces.
  func dropping(spaces count: Int) -> Substring {
    var rest = text
    var dropped = 0
    while dropped < count, rest.utf8.first == UInt8(ascii: " ") {
      rest = rest.dropFirst()
      dropped += 1
    }
    return rest
  }

  /// The line without its leading spaces.
  var content: Substring { dropping(spaces: Int.max) }

  /// The lines of `text`, split at line feeds (a carriage return before one is dropped), with
  /// the tabs of their indentation expanded.
  static func lines(of text: String) -> [MarkdownLine] {
    var lines: [MarkdownLine] = []
    for var line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.utf8.last == UInt8(ascii: "\r") { line = line.dropLast() }
      lines.append(MarkdownLine(expandingTabsOf: line))
    }
    if lines.last?.text.isEmpty == true { lines.removeLast() }
    return lines
  }

  /// A line whose indentation's tabs are expanded to the next multiple of 4 columns.
  init(expandingTabsOf line: Substring) {
    guard line.utf8.prefix(while: { $0 == 32 || $0 == 9 }).contains(9) else {
      text = line
      return
    }
    var expanded = ""
    var column = 0
    var rest = line[...]
    while let first = rest.first, first == " " || first == "\t" {
      let width = first == " " ? 1 : 4 - column % 4
      expanded += String(repeating: " ", count: width)
      column += width
      rest = rest.dropFirst()
    }
    text = Substring(expanded + rest)
  }

  /// A line holding `text` as it is.
  init(_ text: Substring) {
    self.text = text
  }
}
