extension DocumentParser {
  /// Whether a document marker (`---` or `...` followed by white space or a line break) starts
  /// at `offset`, which must be the start of a line.
  mutating func isDocumentMarker(at offset: Int) -> Bool {
    let first = byte(at: offset)
    guard first == .dash || first == .period else { return false }
    return byte(at: offset + 1) == first && byte(at: offset + 2) == first
      && byte(at: offset + 3).isBlankOrEnd
  }

  /// Ends the line of a complete node: only white space and a comment may follow it. Then moves
  /// to the next line with content and sets `nextIndent`.
  @inline(never)
  mutating func finishLine() throws(YAMLError) {
    skipWhite()
    let next = current
    if next == .hash {
      guard index == lineStart || byte(at: index - 1).isWhite else {
        throw error(.commentWithoutSpace, at: index)
      }
      skipToLineEnd()
    } else if !next.isBreakOrEnd {
      throw error(.unexpectedContent, at: index)
    }
    try moveToNextContentLine()
  }

  /// From the line break (or end) under the cursor, skips blank and comment-only lines and stops
  /// at the first character of the next line with content, setting `nextIndent`.
  @inline(never)
  mutating func moveToNextContentLine() throws(YAMLError) {
    while index < end {
      consumeBreak()
      if try stopAtContent() { return }
    }
    nextIndent = -1
  }

  /// At the start of a line: if it has content, stops at its first character, sets `nextIndent`
  /// and returns true; if it is blank or a comment, moves to its end and returns false.
  ///
  /// A tab before the first character of a line that has content is indentation, and refused.
  mutating func stopAtContent() throws(YAMLError) -> Bool {
    var first = index
    while byte(at: first) == .space { first += 1 }
    var next = byte(at: first)
    if next == .tab {
      var after = first
      while byte(at: after).isWhite { after += 1 }
      next = byte(at: after)
      guard next.isBreakOrEnd || next == .hash else { throw error(.tabIndentation, at: first) }
      first = after
    }
    index = first
    if next.isBreakOrEnd { return false }
    if next == .hash {
      skipToLineEnd()
      return false
    }
    nextIndent = first == lineStart && isDocumentMarker(at: first) ? -1 : first - lineStart
    return true
  }
}
