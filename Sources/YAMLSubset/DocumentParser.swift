import SystemInterface

/// One parse of one document: a cursor over its bytes, the line it is on, and scratch space
/// that every scalar and collection reuses.
///
/// The parser is a recursive descent over UTF-8 bytes, with no token stream, that sends the
/// document's structure to `sink` as it reads it (`TreeBuilder` makes the tree from it). Block structure is line-based: after each complete node the cursor moves to the
/// first character of the next line that has content, and `nextIndent` tells the enclosing
/// collections where that line starts. Recursion is bounded: every collection checks `depth`
/// against `YAMLParser.maximumDepth` before it recurses.
struct DocumentParser<Sink: YAMLEventSink> {
  /// The start of the caller's whole buffer; offsets are relative to it.
  let base: UnsafePointer<UInt8>
  /// The end of the document (exclusive).
  let end: Int
  /// The cursor.
  var index: Int
  /// The number of the line the cursor is on.
  var line: Int
  /// The offset of the first byte of that line (after the byte-order mark on the first line).
  var lineStart: Int
  /// Set when the cursor stops at the first character of a line: that line's indentation, or
  /// -1 at the end of the document (end of input, or a `---` or `...` line).
  var nextIndent = -1
  /// How many collections enclose the cursor.
  var depth = 0
  var columns = ColumnCounter()
  /// Bytes of the scalar being built, when it needs folding or escapes.
  var scratch: [UInt8] = []
  /// Keys of the mappings being read, innermost last, to refuse duplicates.
  let pendingKeys = PendingStack<YAMLNode.Scalar>()
  /// Where the document's structure goes.
  let sink: Sink

  init(base: UnsafePointer<UInt8>, start: Int, end: Int, firstLine: Int, sink: Sink) {
    self.base = base
    self.sink = sink
    self.end = end
    index = start
    line = firstLine
    lineStart = start
  }

  /// The byte at `offset`, or `UInt8.end` past the end of the document.
  @inline(__always)
  func byte(at offset: Int) -> UInt8 { offset < end ? base[offset] : .end }

  /// The byte under the cursor.
  @inline(__always)
  var current: UInt8 { byte(at: index) }

  /// A saved cursor, to look ahead across lines and come back.
  struct Mark {
    var index: Int
    var line: Int
    var lineStart: Int
  }

  var mark: Mark { Mark(index: index, line: line, lineStart: lineStart) }

  mutating func reset(to mark: Mark) {
    index = mark.index
    line = mark.line
    lineStart = mark.lineStart
  }

  // MARK: Positions and errors

  /// The position of `offset`, which must be on the cursor's line.
  mutating func position(at offset: Int) -> SourcePosition {
    position(at: offset, line: line, lineStart: lineStart)
  }

  /// The position of `offset` on the line numbered `line` that starts at `lineStart`.
  mutating func position(at offset: Int, line: Int, lineStart: Int) -> SourcePosition {
    SourcePosition(
      line: line,
      column: columns.column(of: offset, lineStart: lineStart, in: base, end: end),
      offset: offset
    )
  }

  /// An error at `offset`, which must be on the cursor's line.
  mutating func error(_ reason: YAMLError.Reason, at offset: Int) -> YAMLError {
    YAMLError(reason, at: position(at: offset))
  }

  // MARK: Moving

  /// Steps over the line break under the cursor (LF or CR LF) onto the next line.
  @inline(__always)
  mutating func consumeBreak() {
    index += current == .carriageReturn ? 2 : 1
    line += 1
    lineStart = index
  }

  /// Consumes the line break at the cursor and any lines after it that hold only white space.
  ///
  /// Returns how many such empty lines there were, where the next line's indentation ends
  /// (`first`, past its spaces) and where its text starts (`text`, past spaces and tabs). The
  /// cursor is left at the start of that line. Call it only on a line break, never at the end.
  mutating func skipEmptyLines() -> (emptyLines: Int, first: Int, text: Int) {
    var emptyLines = 0
    while true {
      consumeBreak()
      var first = index
      while byte(at: first) == .space { first += 1 }
      var text = first
      while byte(at: text).isWhite { text += 1 }
      let next = byte(at: text)
      guard next == .lineFeed || next == .carriageReturn else {
        return (emptyLines, first, text)
      }
      index = text
      emptyLines += 1
    }
  }

  /// Moves the cursor past spaces and tabs.
  @inline(__always)
  mutating func skipWhite() {
    while current.isWhite { index += 1 }
  }

  /// Moves the cursor to the line break (or end) that ends the current line.
  mutating func skipToLineEnd() {
    guard index < end, let found = ByteSearch.first(.lineFeed, in: base + index, count: end - index)
    else {
      index = max(index, end)
      return
    }
    let lineFeed = found - UnsafeRawPointer(base)
    index = lineFeed > index && base[lineFeed - 1] == .carriageReturn ? lineFeed - 1 : lineFeed
  }

  // MARK: Building

  /// The text of `from..<to`, which is valid UTF-8.
  mutating func string(from: Int, to: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: base + from, count: to - from), as: UTF8.self)
  }

  /// The text in `scratch`.
  mutating func scratchString() -> String {
    String(decoding: scratch, as: UTF8.self)
  }

  /// Appends the bytes of `from..<to` to `scratch`.
  mutating func appendToScratch(from: Int, to: Int) {
    scratch.append(contentsOf: UnsafeBufferPointer(start: base + from, count: to - from))
  }

  /// Appends `count` line feeds to `scratch`.
  mutating func appendLineFeeds(_ count: Int) {
    for _ in 0..<count { scratch.append(.lineFeed) }
  }

  /// Sends `node` to the sink if it is a scalar (a collection is sent as it is read).
  mutating func send(_ node: ParsedNode) {
    if case .scalar(let scalar) = node { sink.scalar(scalar) }
  }

  /// Refuses to open a collection at `position` if that would nest too deeply.
  mutating func checkDepth(at position: SourcePosition) throws(YAMLError) {
    guard depth < YAMLParser.maximumDepth else {
      throw YAMLError(.nestingTooDeep(limit: YAMLParser.maximumDepth), at: position)
    }
  }
}
