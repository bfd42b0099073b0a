/// Where each line of a file starts, so that byte offsets become lines and columns without
/// rescanning the file for each one: the one line index of the tool.
///
/// Built in one pass over the bytes; a line lookup is a binary search. Columns are counted as
/// the parser counts them, by a `ColumnCounter`: `position(ofOffset:in:)` for one offset, and a
/// `Lookup` for many, which stays linear in a line's length however many offsets are looked
/// up on it in increasing order.
package struct LineIndex: Hashable, Sendable {
  /// The offset of the first byte of each line: line 1 starts at 0, line `n` at `starts[n - 1]`.
  package private(set) var starts: [Int]
  /// The number of bytes indexed.
  package let byteCount: Int

  /// Indexes the lines of `bytes`; a line ends after each line feed.
  package init(_ bytes: [UInt8]) {
    var starts = [0]
    bytes.withUnsafeBufferPointer { buffer in
      for index in buffer.indices where buffer[index] == UInt8(ascii: "\n") {
        starts.append(index + 1)
      }
    }
    self.starts = starts
    self.byteCount = bytes.count
  }

  /// The number of lines; text after the last line feed counts as a line, even when empty.
  package var lineCount: Int { starts.count }

  /// The 1-based number of the line that holds the byte at `offset`.
  package func line(containing offset: Int) -> Int {
    var low = 0
    var high = starts.count
    // The last start that is not after `offset`.
    while high - low > 1 {
      let middle = (low + high) / 2
      if starts[middle] <= offset { low = middle } else { high = middle }
    }
    return low + 1
  }

  /// The bytes of line `number` without its line break (`\n` or `\r\n`), or `nil` when the file
  /// has no such line.
  package func range(ofLine number: Int, in bytes: [UInt8]) -> Range<Int>? {
    guard number >= 1, number <= starts.count else { return nil }
    let start = starts[number - 1]
    var end = number < starts.count ? starts[number] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<end
  }

  /// The line and `Character` column of the byte at `offset` in `bytes`, the file indexed.
  package func position(ofOffset offset: Int, in bytes: [UInt8]) -> SourcePosition {
    var lookup = Lookup(self)
    return lookup.position(ofOffset: offset, in: bytes)
  }

  /// Looks up many offsets of one file, remembering where it counted to on the last line.
  package struct Lookup: Sendable {
    /// Where lines start.
    package let lines: LineIndex
    private var columns = ColumnCounter()

    /// A lookup over `lines`.
    package init(_ lines: LineIndex) {
      self.lines = lines
    }

    /// The line and `Character` column of the byte at `offset` in `bytes`, the bytes indexed.
    package mutating func position(ofOffset offset: Int, in bytes: [UInt8]) -> SourcePosition {
      let offset = min(max(offset, 0), bytes.count)
      let line = lines.line(containing: offset)
      let lineStart = lines.starts[line - 1]
      let column = bytes.withUnsafeBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return 1 }
        return columns.column(of: offset, lineStart: lineStart, in: base, end: buffer.count)
      }
      return SourcePosition(line: line, column: column, offset: offset)
    }
  }
}
