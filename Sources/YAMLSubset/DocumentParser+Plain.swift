extension DocumentParser {
  /// What ends a line of plain scalar text.
  enum PlainStop {
    /// The end of the line: the scalar may continue on the next one.
    case lineEnd
    /// A `#` after white space.
    case comment
    /// A `:` followed by white space, a line break (or, in flow, a flow indicator).
    case colon
    /// One of `,[]{}` inside a flow collection.
    case flowIndicator
  }

  /// Scans plain scalar text from the cursor to the end of its line or to what ends it.
  ///
  /// - Returns: the end of the text (trailing white space excluded) and what stopped it; the
  ///   cursor is left on that (the line break, the `#`, the `:` or the flow indicator).
  @inline(never)
  mutating func scanPlainLine(inFlow: Bool) -> (contentEnd: Int, stop: PlainStop) {
    var i = index
    var contentEnd = index
    var stop = PlainStop.lineEnd
    while true {
      let b = byte(at: i)
      if b > .colon {
        // Letters and most punctuation: plain text, except flow indicators inside flows.
        if inFlow && b.isFlowIndicator {
          stop = .flowIndicator
          break
        }
        i += 1
        contentEnd = i
        continue
      }
      if b == .space || b == .tab {
        i += 1
        continue
      }
      if b == .lineFeed || b == .carriageReturn || b == .end { break }
      if b == .colon {
        let next = byte(at: i + 1)
        if next.isBlankOrEnd || inFlow && next.isFlowIndicator {
          stop = .colon
          break
        }
      } else if b == .hash {
        if byte(at: i - 1).isWhite {
          stop = .comment
          break
        }
      } else if inFlow && b == .comma {
        stop = .flowIndicator
        break
      }
      i += 1
      contentEnd = i
    }
    index = i
    return (contentEnd, stop)
  }

  /// A plain scalar with the text of `from..<to`, refused if it is an integer too large for `Int`.
  @inline(never)
  mutating func plainScalar(
    from start: Int,
    to end: Int,
    at position: SourcePosition
  ) throws(YAMLError) -> YAMLNode.Scalar {
    let scalar = YAMLNode.Scalar(
      text: string(from: start, to: end),
      style: .plain,
      position: position
    )
    try checkIntegerRange(scalar)
    return scalar
  }

  /// Refuses a plain scalar that has the form of a core-schema integer but does not fit `Int`.
  mutating func checkIntegerRange(_ scalar: YAMLNode.Scalar) throws(YAMLError) {
    guard let first = scalar.text.utf8.first,
      first.isDecimalDigit || first == .dash || first == .plus
    else { return }
    if case .string = scalar.value, YAMLNode.Scalar.Value.looksLikeInteger(scalar.text) {
      throw YAMLError(.integerOutOfRange(scalar.text), at: scalar.position)
    }
  }

  /// Completes a plain scalar whose first line, `start..<firstLineEnd`, is scanned and ended by
  /// `stop`: folds in the lines that continue it (indented more than `owner`, not comments,
  /// not document markers), a line break between two lines becoming a space and each empty
  /// line between them a line feed.
  ///
  /// - Returns: the scalar, and what stopped its last line (a `:` there means the scalar was
  ///   used as a key that spans lines; the cursor is on it).
  @inline(never)
  mutating func finishPlainScalar(
    start: Int,
    firstLineEnd: Int,
    stop firstStop: PlainStop,
    owner: Int,
    inFlow: Bool,
    position: SourcePosition
  ) throws(YAMLError) -> (scalar: YAMLNode.Scalar, stop: PlainStop) {
    var stop = firstStop
    var isFolded = false
    while stop == .lineEnd && index < end {
      let saved = mark
      guard let (lineFeeds, textStart) = try continuationLine(owner: owner, inFlow: inFlow) else {
        reset(to: saved)
        break
      }
      index = textStart
      let (contentEnd, lineStop) = scanPlainLine(inFlow: inFlow)
      guard contentEnd > textStart else {
        reset(to: saved)
        break
      }
      if !isFolded {
        scratch.removeAll(keepingCapacity: true)
        appendToScratch(from: start, to: firstLineEnd)
        isFolded = true
      }
      if lineFeeds == 0 { scratch.append(.space) } else { appendLineFeeds(lineFeeds) }
      appendToScratch(from: textStart, to: contentEnd)
      stop = lineStop
    }
    guard isFolded else {
      return (try plainScalar(from: start, to: firstLineEnd, at: position), stop)
    }
    let scalar = YAMLNode.Scalar(text: scratchString(), style: .plain, position: position)
    return (scalar, stop)
  }

  /// From the line break under the cursor, finds the next line that may continue a plain
  /// scalar: returns how many empty lines came first and where its text starts, or `nil` if
  /// the scalar ends (a comment, a document marker, a line not indented more than `owner`,
  /// the end of input). Moves the cursor onto that line either way.
  private mutating func continuationLine(
    owner: Int,
    inFlow: Bool
  ) throws(YAMLError) -> (lineFeeds: Int, textStart: Int)? {
    guard index < end else { return nil }
    let (emptyLines, first, text) = skipEmptyLines()
    let next = byte(at: text)
    let indent = first - lineStart
    if next == .end || next == .hash || indent <= owner { return nil }
    if first == lineStart && isDocumentMarker(at: first) { return nil }
    if byte(at: first) == .tab { throw error(.tabIndentation, at: first) }
    if inFlow && next.isFlowIndicator { return nil }
    return (emptyLines, text)
  }
}
