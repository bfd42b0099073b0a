package import YAMLSubset

/// Where each line of a file starts, so that byte offsets become lines and columns without
/// rescanning the file for each one.
///
/// Built in one pass over the bytes; a lookup is a binary search, then a count of the
/// `Character`s before the offset on its line, as the parser counts columns.
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
    let offset = min(max(offset, 0), bytes.count)
    let line = line(containing: offset)
    let start = starts[line - 1]
    let column = String(decoding: bytes[start..<offset], as: UTF8.self).count + 1
    return SourcePosition(line: line, column: column, offset: offset)
  }
}
