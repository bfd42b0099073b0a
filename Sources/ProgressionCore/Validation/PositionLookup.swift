package import YAMLSubset

/// Turns byte offsets into lines and `Character` columns, as `LineIndex` does, in time linear in
/// a line's length however many offsets are looked up on it.
///
/// `LineIndex` counts the characters from the start of the line for each lookup, so a file whose
/// one line holds 20,000 findings costs 20,000 scans of the line. This lookup remembers the last
/// offset known to start a character and that character's column, and counts on from there
/// when the next offset is after it on the same line.
package struct PositionLookup: Sendable {
  /// Where lines start.
  package let lines: LineIndex
  /// An offset known to start a `Character`, and its line and column.
  private var anchor: SourcePosition?

  /// A lookup over the lines of `bytes`.
  package init(_ bytes: [UInt8]) {
    self.lines = LineIndex(bytes)
  }

  /// The line and `Character` column of the byte at `offset` in `bytes`, the bytes indexed;
  /// the same as `LineIndex.position(ofOffset:in:)` gives.
  package mutating func position(ofOffset offset: Int, in bytes: [UInt8]) -> SourcePosition {
    let offset = min(max(offset, 0), bytes.count)
    let line = lines.line(containing: offset)
    let lineStart = lines.starts[line - 1]
    var from = SourcePosition(line: line, column: 1, offset: lineStart)
    if let anchor, anchor.line == line, anchor.offset <= offset { from = anchor }
    // Counting from a boundary nearer the offset keeps the next lookup short too.
    let boundary = Self.lastCertainBoundary(before: offset, after: from.offset, in: bytes)
    if boundary > from.offset {
      from = SourcePosition(
        line: line,
        column: from.column + Self.characterCount(bytes[from.offset..<boundary]),
        offset: boundary
      )
      anchor = from
    }
    return SourcePosition(
      line: line,
      column: from.column + Self.characterCount(bytes[from.offset..<offset]),
      offset: offset
    )
  }

  private static func characterCount(_ bytes: ArraySlice<UInt8>) -> Int {
    String(decoding: bytes, as: UTF8.self).count
  }

  /// The last offset in `lower...upper` that certainly starts a `Character`, or `lower`.
  ///
  /// An ASCII scalar other than a line feed always starts a `Character` unless a Prepend scalar
  /// comes before it (Unicode's grapheme rules GB3 and GB9b; no other rule joins anything to an
  /// ASCII scalar), and every Prepend scalar is U+0600 or above.
  private static func lastCertainBoundary(
    before upper: Int,
    after lower: Int,
    in bytes: [UInt8]
  ) -> Int {
    var offset = upper
    while offset > lower {
      let byte = offset < bytes.count ? bytes[offset] : UInt8(ascii: "\n")
      if byte < 0x80, byte != UInt8(ascii: "\n"),
        scalarValue(endingBefore: offset, in: bytes) < 0x600
      {
        return offset
      }
      offset -= 1
    }
    return lower
  }

  /// The value of the scalar that ends just before `offset` (its bytes are valid UTF-8 or
  /// replaced, so an undecodable tail counts as a high value, which is never certain).
  private static func scalarValue(endingBefore offset: Int, in bytes: [UInt8]) -> UInt32 {
    let last = bytes[offset - 1]
    if last < 0x80 { return UInt32(last) }
    var start = offset - 1
    while start > 0, offset - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    let decoded = String(decoding: bytes[start..<offset], as: UTF8.self).unicodeScalars
    guard decoded.count == 1, let scalar = decoded.first else { return UInt32.max }
    return scalar.value
  }
}
