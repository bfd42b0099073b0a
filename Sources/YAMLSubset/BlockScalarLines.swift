/// The state of the lines of a block scalar as they are read.
struct BlockScalarLines {
  let isLiteral: Bool
  /// Whether a line with text has been read.
  var hasContent = false
  /// Line breaks read since the last line with text (or since the header).
  var emptyLines = 0
  /// Whether the last line with text ended with a line break.
  var lastLineHasBreak = false
  /// Whether the last line with text started with white space (folding keeps its breaks).
  private var lastLineWasSpaced = false

  init(isLiteral: Bool) {
    self.isLiteral = isLiteral
  }

  /// Appends a line whose text (after the indentation) is `from..<to`.
  mutating func append<Sink>(
    from start: Int,
    to end: Int,
    in parser: inout DocumentParser<Sink>
  ) {
    let isSpaced = parser.byte(at: start).isWhite
    if !hasContent {
      parser.appendLineFeeds(emptyLines)
    } else if !isLiteral && !lastLineWasSpaced && !isSpaced {
      if emptyLines == 0 {
        parser.scratch.append(.space)
      } else {
        parser.appendLineFeeds(emptyLines)
      }
    } else {
      parser.appendLineFeeds(1 + emptyLines)
    }
    parser.appendToScratch(from: start, to: end)
    hasContent = true
    emptyLines = 0
    lastLineWasSpaced = isSpaced
    lastLineHasBreak =
      parser.byte(at: end) != .end || Self.holdsOnlySpaces(from: start, to: end, in: parser)
  }

  /// Whether `from..<to` holds only spaces: a last line of spaces reads as if it ended with a
  /// line break even where the input ends without one, as a last empty line does.
  private static func holdsOnlySpaces<Sink>(
    from start: Int,
    to end: Int,
    in parser: DocumentParser<Sink>
  ) -> Bool {
    (start..<end).allSatisfy { parser.byte(at: $0) == .space }
  }
}
