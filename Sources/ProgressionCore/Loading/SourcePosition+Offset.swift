package import YAMLSubset

extension SourcePosition {
  /// The position of the byte at `offset` in `bytes`: its 1-based line and its 1-based column in
  /// `Character`s, as the parser counts them.
  ///
  /// Scans from the start of the buffer, so it is meant for reporting, not for loops.
  package init(offset: Int, in bytes: [UInt8]) {
    let offset = min(max(offset, 0), bytes.count)
    var line = 1
    var lineStart = 0
    for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
    self.init(line: line, column: column, offset: offset)
  }
}
