import ProgressionCore
import YAMLSubset

/// A SARIF 2.1.0 text region: where a finding, a note or a fix's edit is, as 1-based lines and
/// columns.
///
/// Columns count Unicode scalars (the run says `"columnKind": "unicodeCodePoints"`), not the
/// `Character`s the text output counts, since that is what SARIF readers count; they differ
/// only after an emoji or a combining mark on the same line. `endColumn` is the column just
/// after the region's last character, as SARIF defines it, so an empty region has
/// `endColumn == startColumn`.
struct SARIFRegion: Hashable {
  /// The line the region starts on, from 1.
  var startLine: Int
  /// The column of its first character, from 1.
  var startColumn: Int
  /// The line it ends on.
  var endLine: Int
  /// The column just after its last character.
  var endColumn: Int

  /// The region of the bytes `range` of `bytes`, indexed by `lines`.
  init(bytes range: Range<Int>, in bytes: [UInt8], lines: LineIndex) {
    (startLine, startColumn) = Self.lineAndColumn(of: range.lowerBound, in: bytes, lines: lines)
    (endLine, endColumn) = Self.lineAndColumn(of: range.upperBound, in: bytes, lines: lines)
  }

  /// The region from the byte at `offset` to the end of its line (without the line break):
  /// the place a finding points at, whose own end the finding does not record.
  init(restOfLineAt offset: Int, in bytes: [UInt8], lines: LineIndex) {
    let offset = min(max(offset, 0), bytes.count)
    let line = lines.range(ofLine: lines.line(containing: offset), in: bytes)
    let end = max(offset, line?.upperBound ?? offset)
    self.init(bytes: offset..<end, in: bytes, lines: lines)
  }

  /// The 1-based line and scalar column of the byte at `offset`: one column per byte that
  /// starts a UTF-8 sequence, counted from the line's start.
  private static func lineAndColumn(
    of offset: Int,
    in bytes: [UInt8],
    lines: LineIndex
  ) -> (line: Int, column: Int) {
    let offset = min(max(offset, 0), bytes.count)
    let line = lines.line(containing: offset)
    let start = lines.starts[line - 1]
    let scalars = bytes[start..<offset].count { $0 & 0xC0 != 0x80 }
    return (line, scalars + 1)
  }
}
