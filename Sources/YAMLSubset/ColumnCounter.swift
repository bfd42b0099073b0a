/// Turns byte offsets on a line into 1-based `Character` columns: an offset's column is one more
/// than the number of `Character`s that start before it on its line, as `String` splits the
/// line. The one way the parser, the validator and every report count columns.
///
/// Asked for many offsets on one line in increasing order, which is how the parser and the
/// validator ask, it never rescans the line: the ASCII prefix of a line is measured once, and any
/// column inside it is a byte distance; past it, the line is made a `String` once and walked one
/// `Character` at a time from the last offset asked for, so the total work on a line is linear
/// in its length. An earlier offset on the same line walks again from the end of the ASCII
/// prefix. A line that is not valid UTF-8 (which only the validator looks at: the parser stops at
/// the first bad byte) is counted from its start for each offset, as `String(decoding:as:)`
/// reads it, with each bad sequence one `Character`.
package struct ColumnCounter: Sendable {
  /// The line the state describes.
  private var lineStart = -1
  /// Bytes in `lineStart..<asciiEnd` are all ASCII.
  private var asciiEnd = 0
  /// Whether the byte at `asciiEnd` is known to be non-ASCII.
  private var foundNonASCII = false
  /// The line from its last ASCII byte before `asciiEnd` (where a `Character` certainly starts)
  /// to its end, once an offset past the prefix is asked for; `nil` if it is not valid UTF-8.
  private var rest: Walk?

  /// A walk through the `Character`s of the rest of a line.
  private struct Walk {
    /// The text, from `startOffset` in the buffer.
    var text: String
    var startOffset: Int
    var startColumn: Int
    /// The last `Character` reached, its offset in the buffer and its column.
    var index: String.Index
    var offset: Int
    var column: Int

    init(_ text: String, startOffset: Int, startColumn: Int) {
      self.text = text
      self.startOffset = startOffset
      self.startColumn = startColumn
      index = text.startIndex
      offset = startOffset
      column = startColumn
    }

    /// The column of the byte at `target`, at or after `startOffset`.
    mutating func column(of target: Int) -> Int {
      if target < offset {
        index = text.startIndex
        offset = startOffset
        column = startColumn
      }
      while offset < target, index < text.endIndex {
        text.formIndex(after: &index)
        offset = startOffset + text.utf8.distance(from: text.startIndex, to: index)
        column += 1
      }
      // Past the end of the line (only at its line break), each byte is a column.
      return column + max(0, target - offset)
    }
  }

  /// A counter with no line yet.
  package init() {}

  /// The column of the byte at `target` on the line that starts at `lineStart`, in the buffer
  /// `base` whose bytes end before `end`.
  package mutating func column(
    of target: Int,
    lineStart: Int,
    in base: UnsafePointer<UInt8>,
    end: Int
  ) -> Int {
    if lineStart != self.lineStart {
      self.lineStart = lineStart
      asciiEnd = lineStart
      foundNonASCII = false
      rest = nil
    }
    if target <= asciiEnd { return target - lineStart + 1 }
    if !foundNonASCII {
      var i = asciiEnd
      while i + 8 <= target,
        UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        i += 8
      }
      while i < target && base[i] < 0x80 { i += 1 }
      asciiEnd = i
      if i == target { return target - lineStart + 1 }
      foundNonASCII = true
      rest = walk(base, end: end)
    }
    guard var walk = rest else {
      let prefix = UnsafeBufferPointer(start: base + lineStart, count: target - lineStart)
      return String(decoding: prefix, as: UTF8.self).count + 1
    }
    let column = walk.column(of: target)
    rest = walk
    return column
  }

  /// The walk through the line from its last ASCII byte before `asciiEnd`, or `nil` when the
  /// line is not valid UTF-8.
  private func walk(_ base: UnsafePointer<UInt8>, end: Int) -> Walk? {
    // A non-ASCII scalar may join the ASCII character before it (an accent after a letter).
    let start = max(lineStart, asciiEnd - 1)
    var lineEnd = asciiEnd
    while lineEnd < end, base[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
    let bytes = UnsafeBufferPointer(start: base + start, count: lineEnd - start)
    let text = String(decoding: bytes, as: UTF8.self)
    guard text.utf8.elementsEqual(bytes) else { return nil }
    return Walk(text, startOffset: start, startColumn: start - lineStart + 1)
  }
}
