/// A place in a source file: where a node, a token or a problem starts.
///
/// Lines and columns start at 1. A column counts `Character`s (extended grapheme clusters) from
/// the start of the line, so a caret printed under the column lines up with what the user sees in
/// an editor. `offset` is the byte offset into the buffer that was parsed.
///
/// Every node of a parsed tree holds one, so it is stored in 14 bytes rather than 24: lines and
/// columns as 32-bit numbers (up to 2,147,483,647; larger values are clamped), offsets as 48-bit
/// numbers (up to 128 TiB). That makes a scalar node 32 bytes instead of 48.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
  private var storedLine: Int32
  private var storedColumn: Int32
  /// The low 32 bits of the offset.
  private var offsetLow: UInt32
  /// The high 16 bits of the 48-bit offset, sign-extended when read.
  private var offsetHigh: Int16

  /// The 1-based line number.
  public var line: Int {
    get { Int(storedLine) }
    set { storedLine = Int32(clamping: newValue) }
  }

  /// The 1-based column, in `Character`s from the start of the line.
  public var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = Int32(clamping: newValue) }
  }

  /// The 0-based byte offset of the position in the parsed buffer.
  public var offset: Int {
    get { Int(offsetHigh) << 32 | Int(offsetLow) }
    set {
      let clamped = min(max(newValue, -(1 << 47)), 1 << 47 - 1)
      offsetLow = UInt32(truncatingIfNeeded: clamped)
      offsetHigh = Int16(truncatingIfNeeded: clamped >> 32)
    }
  }

  /// Creates a position from its line, column and byte offset.
  public init(line: Int, column: Int, offset: Int) {
    storedLine = Int32(clamping: line)
    storedColumn = Int32(clamping: column)
    offsetLow = 0
    offsetHigh = 0
    self.offset = offset
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    lhs.offset < rhs.offset
  }

  /// `line:column`, as compilers print it.
  public var description: String { "\(line):\(column)" }
}
