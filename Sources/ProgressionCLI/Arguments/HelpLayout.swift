/// Lays help text out in a width: wrapped paragraphs and two-column tables, lines measured in
/// terminal columns (an emoji takes two).
struct HelpLayout {
  /// The width of the label column of tables, indentation included.
  static let labelColumn = 26

  /// The widest a line may be.
  var width: Int

  /// A layout for `width` columns, never narrower than `HelpGenerator.minimumWidth`.
  init(width: Int) {
    self.width = max(width, HelpGenerator.minimumWidth)
  }

  /// `text` wrapped: the first line indented by `firstIndent`, the others by `indent`.
  func paragraph(_ text: String, indent: Int = 0, firstIndent: Int = 0) -> String {
    let lines = Self.wrap(text, width: width - indent, firstWidth: width - firstIndent)
    var result = String(repeating: " ", count: firstIndent) + lines[0] + "\n"
    for line in lines.dropFirst() {
      result += String(repeating: " ", count: indent) + line + "\n"
    }
    return result
  }

  /// The paragraphs of a discussion rewrapped; an indented line (a command to type) is kept as
  /// written.
  func reflow(_ discussion: String) -> String {
    var text = ""
    var paragraph: [Substring] = []
    func flush() {
      guard !paragraph.isEmpty else { return }
      text += self.paragraph(paragraph.joined(separator: " "))
      paragraph = []
    }
    for line in discussion.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.isEmpty {
        flush()
        text += "\n"
      } else if line.first == " " {
        flush()
        text += line + "\n"
      } else {
        paragraph.append(line)
      }
    }
    flush()
    return text
  }

  /// Labels in a column, descriptions aligned after them and wrapped; a label too long for the
  /// column puts its description on the next line.
  func table(_ rows: [(label: String, description: String)]) -> String {
    let column = Self.labelColumn
    let indent = String(repeating: " ", count: column)
    var text = ""
    for row in rows {
      let label = "  " + row.label
      let lines = Self.wrap(row.description, width: width - column)
      if label.count + 2 <= column {
        text += label + String(repeating: " ", count: column - label.count)
      } else {
        text += label + "\n" + indent
      }
      text += lines.joined(separator: "\n" + indent) + "\n"
    }
    return text
  }

  /// Words of `text` in lines of at most `width` columns (`firstWidth` for the first); a
  /// longer word gets a line alone.
  static func wrap(_ text: String, width: Int, firstWidth: Int? = nil) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.split(separator: " ") {
      let wordWidth = DisplayWidth.columns(of: word)
      let limit = lines.isEmpty ? firstWidth ?? width : width
      if line.isEmpty {
        line = String(word)
        lineWidth = wordWidth
      } else if lineWidth + 1 + wordWidth <= limit {
        line += " " + word
        lineWidth += 1 + wordWidth
      } else {
        lines.append(line)
        line = String(word)
        lineWidth = wordWidth
      }
    }
    lines.append(line)
    return lines
  }
}
