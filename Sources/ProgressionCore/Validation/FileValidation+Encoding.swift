import SystemInterface
import YAMLSubset

extension FileValidation {
  /// `encoding`: a byte-order mark at the start, and CRLF line endings mixed with LF ones.
  ///
  /// Neither stops the file from being read (the reader skips the mark, and takes CRLF as a
  /// line break), but editors and diffs show both as noise. Invalid UTF-8 is an error of the
  /// reader, reported where it is (`invalid-utf8`).
  mutating func checkEncoding() {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      report(
        .encoding,
        EncodingMessage.byteOrderMark,
        at: SourcePosition(line: 1, column: 1, offset: 0)
      )
    }
    checkLineEndings()
  }

  /// Counts both kinds of line ending, and points at the first line that has the rarer kind.
  private mutating func checkLineEndings() {
    // Most files have no carriage return at all: `ByteSearch` finds that out at memory speed.
    let hasCarriageReturn = bytes.withUnsafeBytes { buffer in
      buffer.baseAddress.map { ByteSearch.first(0x0D, in: $0, count: buffer.count) != nil } ?? false
    }
    guard hasCarriageReturn else { return }
    var crlfCount = 0
    var lfCount = 0
    var firstCRLF: Int?
    var firstLF: Int?
    bytes.withUnsafeBufferPointer { buffer in
      for index in buffer.indices where buffer[index] == UInt8(ascii: "\n") {
        if index > 0, buffer[index - 1] == UInt8(ascii: "\r") {
          crlfCount += 1
          if firstCRLF == nil { firstCRLF = index - 1 }
        } else {
          lfCount += 1
          if firstLF == nil { firstLF = index }
        }
      }
    }
    guard crlfCount > 0, lfCount > 0, let firstCRLF, let firstLF else { return }
    let usesCRLF = crlfCount > lfCount
    report(
      .encoding,
      EncodingMessage.mixedLineEndings(crlf: crlfCount, lf: lfCount, usesCRLF: usesCRLF),
      at: position(ofOffset: usesCRLF ? firstLF : firstCRLF)
    )
  }
}

/// The messages of the `encoding` rule.
enum EncodingMessage {
  static let byteOrderMark =
    "the file starts with a byte-order mark; save it as UTF-8 without one"

  /// Said at the first line ending of the rarer kind; the advice is the more common kind.
  static func mixedLineEndings(crlf: Int, lf: Int, usesCRLF: Bool) -> String {
    let (common, rare) = usesCRLF ? ("CRLF", "LF") : ("LF", "CRLF")
    let commonCount = usesCRLF ? crlf : lf
    let verb = commonCount == 1 ? "ends" : "end"
    return "this line ends with \(rare) while \(commonCount) of the file's \(crlf + lf) lines "
      + "\(verb) with \(common); save the file with \(common) line endings only"
  }
}
