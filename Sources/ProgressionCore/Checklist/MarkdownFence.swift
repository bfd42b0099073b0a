/// Follows CommonMark fenced code blocks (```` ``` ```` or `~~~`, indented at most three
/// spaces) line by line, so that a checklist's lines inside one stay the person's text: never
/// an item or a heading, and never a place to insert lines.
struct MarkdownFence {
  /// The open fence's character and length; `nil` outside a fenced code block.
  private var open: (character: UInt8, length: Int)?

  /// Whether the document is inside a fenced code block after the lines read so far (an
  /// unclosed block runs to the end of the document).
  var isOpen: Bool { open != nil }

  /// Reads the next line (with or without its line break) and says whether it belongs to a
  /// fenced code block: its opening fence, its content or its closing fence.
  mutating func read<Line: Collection<UInt8>>(_ line: Line) -> Bool {
    let marker = Self.marker(of: line)
    if let fence = open {
      if let marker, marker.character == fence.character, marker.length >= fence.length,
        marker.rest.allSatisfy(Self.isSpace)
      {
        open = nil
      }
      return true
    }
    guard let marker else { return false }
    // A backtick fence's info string may not hold a backtick (CommonMark 4.5).
    if marker.character == UInt8(ascii: "`"), marker.rest.contains(UInt8(ascii: "`")) {
      return false
    }
    open = (marker.character, marker.length)
    return true
  }

  /// The run of three or more backticks or tildes a line starts with, after at most three
  /// spaces, and the bytes after it.
  private static func marker<Line: Collection<UInt8>>(
    of line: Line
  ) -> (character: UInt8, length: Int, rest: Line.SubSequence)? {
    let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
    guard indent <= 3 else { return nil }
    let start = line.dropFirst(indent)
    guard let character = start.first,
      character == UInt8(ascii: "`") || character == UInt8(ascii: "~")
    else { return nil }
    let length = start.prefix { $0 == character }.count
    guard length >= 3 else { return nil }
    return (character, length, start.dropFirst(length))
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0x0A || byte == 0x0D
  }
}
