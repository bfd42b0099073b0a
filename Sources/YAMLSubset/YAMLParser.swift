/// Parses a YAML document in the subset that progression frameworks use.
///
/// The subset: block mappings and sequences; plain, single- and double-quoted scalars; literal
/// and folded block scalars; flow sequences and mappings; comments; one document with optional
/// `---` and `...` markers. Anchors, aliases, tags, complex keys, directives, several documents
/// and tabs used for indentation are refused, as is every malformed document: the parser reads
/// exactly what YAML 1.2 reads, or throws.
public enum YAMLParser {
  /// The deepest nesting of collections the parser accepts.
  public static let maximumDepth = 512

  /// Parses one YAML document from UTF-8 bytes.
  ///
  /// - Parameters:
  ///   - bytes: the buffer holding the document.
  ///   - range: the part of `bytes` that is the document (all of it by default); positions are
  ///     offsets into `bytes`, so that a Markdown file's front matter reports its real place.
  ///     It should start at the start of a line: columns on its first line count from there.
  ///   - firstLine: the line number of the first byte of `range`.
  /// - Returns: the document's root node, or `nil` for an empty document (only comments,
  ///   blank lines or document markers).
  /// - Throws: `YAMLError` at the first construct that is malformed or outside the subset.
  public static func parse(
    _ bytes: [UInt8],
    range: Range<Int>? = nil,
    firstLine: Int = 1
  ) throws(YAMLError) -> YAMLNode? {
    let builder = TreeBuilder()
    guard try parse(bytes, range: range, firstLine: firstLine, sink: builder) else { return nil }
    return builder.root()
  }

  /// Parses one YAML document from UTF-8 bytes, sending its structure to `sink` instead of
  /// building a tree: the same checks, errors and positions as `parse(_:range:firstLine:)`.
  ///
  /// - Returns: whether the document has a root node; `false` for an empty document, for which
  ///   `sink` received nothing.
  /// - Throws: `YAMLError`, possibly after `sink` received part of the document.
  package static func parse(
    _ bytes: [UInt8],
    range: Range<Int>? = nil,
    firstLine: Int = 1,
    into sink: any YAMLEventSink
  ) throws(YAMLError) -> Bool {
    try parse(bytes, range: range, firstLine: firstLine, sink: ForwardingSink(base: sink))
  }

  /// Parses with any sink; the two callers above specialize it.
  private static func parse<Sink: YAMLEventSink>(
    _ bytes: [UInt8],
    range: Range<Int>?,
    firstLine: Int,
    sink: Sink
  ) throws(YAMLError) -> Bool {
    let upper = min(max(range?.upperBound ?? bytes.count, 0), bytes.count)
    let lower = min(max(range?.lowerBound ?? 0, 0), upper)
    return try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLError) -> Bool in
      guard let base = buffer.baseAddress, lower < upper else { return false }
      var start = lower
      if upper - start >= 3 && base[start] == 0xEF && base[start + 1] == 0xBB
        && base[start + 2] == 0xBF
      {
        start += 3
      }
      if let (offset, problem) = EncodingCheck.firstProblem(in: base, from: start, to: upper) {
        throw encodingError(problem, at: offset, base: base, start: start, firstLine: firstLine)
      }
      var parser = DocumentParser(
        base: base,
        start: start,
        end: upper,
        firstLine: firstLine,
        sink: sink
      )
      return try parser.parseDocument()
    }
  }

  /// The error for an encoding problem at `offset`; the bytes before it are valid.
  private static func encodingError(
    _ problem: EncodingCheck.Problem,
    at offset: Int,
    base: UnsafePointer<UInt8>,
    start: Int,
    firstLine: Int
  ) -> YAMLError {
    var line = firstLine
    var lineStart = start
    for i in start..<offset where base[i] == .lineFeed {
      line += 1
      lineStart = i + 1
    }
    var columns = ColumnCounter()
    let position = SourcePosition(
      line: line,
      column: columns.column(of: offset, lineStart: lineStart, in: base, end: offset),
      offset: offset
    )
    let reason: YAMLError.Reason
    switch problem {
    case .invalidUTF8: reason = .invalidUTF8
    case .nonPrintable(let scalar): reason = .nonPrintableCharacter(scalar)
    case .byteOrderMark: reason = .byteOrderMarkInDocument
    case .loneCarriageReturn: reason = .carriageReturnWithoutLineFeed
    }
    return YAMLError(reason, at: position)
  }
}
