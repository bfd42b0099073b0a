import YAMLSubset

/// A source line made safe to print to a terminal, and where under it the caret goes.
///
/// Characters that could act on the terminal are escaped as `TerminalSafety` does. Tabs become
/// spaces up to the next multiple of four.
/// Lines longer than `maximumBytes` are cut to a window around the caret, marked with `...`.
struct SourceExcerpt: Hashable, Sendable {
  /// The line as it is printed.
  var text: String
  /// The display columns before the caret.
  var caretColumn: Int

  /// How many bytes around the caret a long line keeps on each side.
  static let windowBytes = 120
  /// Lines up to this many bytes are shown whole.
  static let maximumBytes = 2 * windowBytes

  /// Builds the excerpt for `position` in `source`, or `nil` when its line is not in `source`.
  ///
  /// The line is found by `position.line`, unless `knownLine` gives its bytes (without the line
  /// break). The caret goes under `position.offset` when that falls on the line, else under
  /// `position.column`.
  init?(at position: SourcePosition, in source: [UInt8], line knownLine: Range<Int>? = nil) {
    guard let line = knownLine ?? Self.lineRange(number: position.line, in: source) else {
      return nil
    }
    let caretOffset: Int
    if line.contains(position.offset) || position.offset == line.upperBound {
      caretOffset = position.offset
    } else {
      caretOffset = Self.offset(ofColumn: position.column, in: source[line]) ?? line.upperBound
    }
    var start = line.lowerBound
    var end = line.upperBound
    if line.count > Self.maximumBytes {
      start = max(start, Self.boundary(caretOffset - Self.windowBytes, in: source))
      end = max(caretOffset, Self.boundary(min(end, caretOffset + Self.windowBytes), in: source))
    }
    var builder = Builder()
    if start > line.lowerBound { builder.appendMarker() }
    builder.append(String(decoding: source[start..<caretOffset], as: UTF8.self))
    let caretColumn = builder.width
    builder.append(String(decoding: source[caretOffset..<end], as: UTF8.self))
    if end < line.upperBound { builder.appendMarker() }
    self.text = builder.text
    self.caretColumn = caretColumn
  }

  /// The bytes of line `number` (1-based), without its line break.
  private static func lineRange(number: Int, in source: [UInt8]) -> Range<Int>? {
    guard number >= 1 else { return nil }
    var start = 0
    var line = 1
    while line < number {
      guard let newline = source[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
      start = newline + 1
      line += 1
    }
    guard start <= source.count else { return nil }
    var end = source[start...].firstIndex(of: UInt8(ascii: "\n")) ?? source.count
    if end > start, source[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<end
  }

  /// The byte offset of a 1-based `Character` column within a line.
  private static func offset(ofColumn column: Int, in line: ArraySlice<UInt8>) -> Int? {
    let text = String(decoding: line, as: UTF8.self)
    guard column >= 1, column - 1 < text.count else { return nil }
    let prefix = text.prefix(column - 1)
    return line.startIndex + prefix.utf8.count
  }

  /// `offset` moved back to the start of a UTF-8 sequence, so a window never splits a character.
  private static func boundary(_ offset: Int, in source: [UInt8]) -> Int {
    var offset = offset
    while offset > 0, offset < source.count, source[offset] & 0xC0 == 0x80 { offset -= 1 }
    return offset
  }

  /// Accumulates printable text and its display width.
  private struct Builder {
    var text = ""
    var width = 0

    mutating func appendMarker() {
      text += "..."
      width += 3
    }

    mutating func append(_ part: String) {
      for character in part {
        if character == "\t" {
          let spaces = 4 - width % 4
          text += String(repeating: " ", count: spaces)
          width += spaces
        } else if let escaped = TerminalSafety.escaped(character) {
          text += escaped
          width += escaped.count
        } else {
          text.append(character)
          width += DisplayWidth.columns(of: character)
        }
      }
    }
  }
}
