/// Text for roff (man(7)) source: escaped so that no character of the help text is read as a
/// request, an escape or a typographic hyphen.
enum Roff {
  /// `text` escaped for a text line: `\` as `\e`, `-` as `\-` (so options copy as typed),
  /// characters outside ASCII as `\[uXXXX]` (so the page needs no input encoding), and a `.`
  /// or `'` at the start protected by `\&`.
  static func escaped(_ text: some StringProtocol) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": escaped += "\\e"
      case "-": escaped += "\\-"
      case _ where scalar.isASCII: escaped.unicodeScalars.append(scalar)
      default:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        escaped += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
      }
    }
    return protectingControlCharacter(escaped)
  }

  /// The longest a source line may be; mandoc's lint asks for 80 bytes.
  static let lineLength = 80

  /// Text for filled lines, escaped and broken between words into lines of at most
  /// `lineLength` bytes (roff fills them again when it sets them).
  static func textLines(_ text: some StringProtocol) -> String {
    guard !text.isEmpty else { return "" }
    // Two bytes spare for the `\&` that protects a line starting with `.`.
    return HelpLayout.wrap(escaped(text), width: lineLength - 2)
      .map(protectingControlCharacter)
      .joined(separator: "\n") + "\n"
  }

  /// A line for unfilled mode (`.nf`), already escaped, broken between words into lines of
  /// at most `lineLength` bytes joined by `\` continuations, so it is still set as one line.
  static func unfilledLine(_ line: String) -> String {
    var parts: [String] = []
    var rest = Substring(line)
    while rest.utf8.count > lineLength - 1 {
      let limit = rest.index(rest.startIndex, offsetBy: lineLength - 1)
      guard let space = rest[..<limit].lastIndex(of: " ") else { break }
      let next = rest.index(after: space)
      parts.append(String(rest[..<next]) + "\\")
      rest = rest[next...]
    }
    parts.append(String(rest))
    return parts.map(protectingControlCharacter).joined(separator: "\n") + "\n"
  }

  /// `line` with `\&` before a `.` or `'` that would start a request.
  private static func protectingControlCharacter(_ line: String) -> String {
    line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : line
  }

  /// `\fBtext\fR`: bold, as commands and options are set.
  static func bold(_ text: some StringProtocol) -> String {
    "\\fB" + escaped(text) + "\\fR"
  }

  /// `\fItext\fR`: italic, as placeholders are set.
  static func italic(_ text: some StringProtocol) -> String {
    "\\fI" + escaped(text) + "\\fR"
  }

  /// A quoted macro argument: `"text"`, with `"` doubled as roff asks.
  static func quoted(_ text: some StringProtocol) -> String {
    "\"" + escaped(text).replacing("\"", with: "\"\"") + "\""
  }
}
