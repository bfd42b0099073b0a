/// A place in a source file: where a node, a token or a problem starts.
///
/// Lines and columns start at 1. A column counts `Character`s (extended grapheme clusters) from
/// the start of the line, so a caret printed under the column lines up with what the user sees in
/// an editor. `offset` is the byte offset into the buffer that was parsed.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column, in `Character`s from the start of the line.
  public var column: Int
  /// The 0-based byte offset of the position in the parsed buffer.
  public var offset: Int

  /// Creates a position from its line, column and byte offset.
  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    lhs.offset < rhs.offset
  }

  /// `line:column`, as compilers print it.
  public var description: String { "\(line):\(column)" }
}
