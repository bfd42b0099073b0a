/// Parses a YAML document in the subset that progression frameworks use.
public enum YAMLParser {
  /// The deepest nesting of collections the parser accepts.
  public static let maximumDepth = 512

  /// Parses one YAML document from UTF-8 bytes.
  ///
  /// - Parameters:
  ///   - bytes: the buffer holding the document.
  ///   - range: the part of `bytes` that is the document (all of it by default); positions are
  ///     offsets into `bytes`, so that a Markdown file's front matter reports its real place.
  ///   - firstLine: the line number of the first byte of `range`.
  /// - Returns: the document's root node, or `nil` for an empty document (only comments,
  ///   blank lines or document markers).
  /// - Throws: `YAMLError` at the first construct that is malformed or outside the subset.
  public static func parse(
    _ bytes: [UInt8],
    range: Range<Int>? = nil,
    firstLine: Int = 1
  ) throws(YAMLError) -> YAMLNode? {
    throw YAMLError(
      .syntax("the parser is not written yet"),
      at: SourcePosition(line: firstLine, column: 1, offset: 0)
    )
  }
}
