extension DocumentParser {
  /// Parses a literal (`|`) or folded (`>`) block scalar whose indicator is under the cursor,
  /// and moves to the next line with content.
  ///
  /// Its content is indented `owner` plus the indentation indicator, or, without one, as much as
  /// its first non-empty line (which must be more than `owner`).
  @inline(never)
  mutating func parseBlockScalar(owner: Int) throws(YAMLError) -> ParsedNode {
    let isLiteral = current == .pipe
    let position = self.position(at: index)
    index += 1
    var chomping: UInt8? = nil
    var indentation: Int? = nil
    for _ in 0..<2 {
      let b = current
      if (b == .plus || b == .dash) && chomping == nil {
        chomping = b
      } else if b > .zero && b <= .nine && indentation == nil {
        indentation = Int(b - .zero)
      } else if b == .zero && indentation == nil {
        throw error(
          .syntax("a block scalar's indentation indicator must be 1 to 9, not 0"),
          at: index
        )
      } else {
        break
      }
      index += 1
    }
    let afterHeader = current
    if afterHeader.isWhite {
      skipWhite()
      if current == .hash { skipToLineEnd() }
    }
    guard current.isBreakOrEnd else {
      let message =
        afterHeader.isWhite || afterHeader == .hash
        ? "a block scalar's text starts on the line after its '\(isLiteral ? "|" : ">")'; "
          + "move it there"
        : "a block scalar header is '|' or '>', then at most a chomping indicator ('-' or "
          + "'+') and an indentation digit; remove the rest"
      throw error(.syntax(message), at: index)
    }
    var lines = BlockScalarLines(isLiteral: isLiteral)
    try readBlockScalarLines(
      into: &lines,
      indentation: indentation.map { owner + $0 },
      owner: owner
    )
    switch chomping {
    case .dash: break
    case .plus:
      appendLineFeeds((lines.hasContent && lines.lastLineHasBreak ? 1 : 0) + lines.emptyLines)
    default:
      if lines.hasContent && lines.lastLineHasBreak { scratch.append(.lineFeed) }
    }
    let text = scratchString()
    try moveToNextContentLine()
    return .scalar(
      YAMLNode.Scalar(text: text, style: isLiteral ? .literal : .folded, position: position)
    )
  }

  /// Reads the lines of a block scalar into `scratch`, from the line break of its header to the
  /// line break of its last line, where it leaves the cursor.
  @inline(never)
  private mutating func readBlockScalarLines(
    into lines: inout BlockScalarLines,
    indentation explicitIndentation: Int?,
    owner: Int
  ) throws(YAMLError) {
    scratch.removeAll(keepingCapacity: true)
    var indentation = explicitIndentation
    // While the indentation is unknown: the most indented leading empty line.
    var deepestEmpty: (spaces: Int, line: Int, lineStart: Int)? = nil
    while index < end {
      let saved = mark
      consumeBreak()
      var first = index
      while byte(at: first) == .space && (indentation.map { first - lineStart < $0 } ?? true) {
        first += 1
      }
      let spaces = first - lineStart
      let next = byte(at: first)
      // A last line of spaces without a line break is an empty line all the same.
      if next == .lineFeed || next == .carriageReturn || next == .end && spaces > 0 {
        if indentation == nil && spaces > (deepestEmpty?.spaces ?? 0) {
          deepestEmpty = (spaces, line, lineStart)
        }
        index = first
        lines.emptyLines += 1
        continue
      }
      if next == .end {
        reset(to: saved)
        return
      }
      if next == .tab && spaces < (indentation ?? owner + 1) {
        throw error(.tabIndentation, at: first)
      }
      guard let contentIndentation = indentation else {
        if spaces <= owner {
          reset(to: saved)
          return
        }
        if let deepestEmpty, deepestEmpty.spaces > spaces {
          throw YAMLError(
            .syntax(
              "a leading empty line of this block scalar has more spaces than its first line; "
                + "remove them, or give the indentation with an indicator such as "
                + "'\(lines.isLiteral ? "|" : ">")\(spaces - owner)'"
            ),
            at: position(
              at: deepestEmpty.lineStart + spaces,
              line: deepestEmpty.line,
              lineStart: deepestEmpty.lineStart
            )
          )
        }
        indentation = spaces
        reset(to: saved)
        continue
      }
      if spaces < contentIndentation {
        reset(to: saved)
        return
      }
      index = first
      skipToLineEnd()
      lines.append(from: first, to: index, in: &self)
    }
  }
}
