import SystemInterface
import YAMLSubset

/// Where the YAML front matter and the Markdown body of a `.md` file are.
///
/// The front matter sits between a first line `---` and the next line that is `---` or `...`.
/// Everything after that closing line is the body, kept verbatim: it may contain further `---`
/// lines (horizontal rules). A UTF-8 byte-order mark before the opening line is allowed.
public struct FrontMatter: Hashable, Sendable {
  /// The bytes of the YAML between the two marker lines.
  public var yamlRange: Range<Int>
  /// The line number of the first byte of `yamlRange`.
  public var yamlFirstLine: Int
  /// The bytes of the Markdown body, after the closing marker line.
  public var bodyRange: Range<Int>

  /// Finds the front matter of a Markdown file.
  ///
  /// - Throws: `FrameworkError` with reason `.missingFrontMatter` when the file does not start
  ///   with a `---` line, or `.unclosedFrontMatter` when no closing line follows.
  public init(splitting bytes: [UInt8]) throws(FrameworkError) {
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    guard let opening = Self.markerLine(in: bytes, at: start), opening.isDashes else {
      throw FrameworkError(
        .missingFrontMatter,
        at: SourcePosition(line: 1, column: 1, offset: start)
      )
    }
    var lineStart = opening.next
    while lineStart < bytes.count {
      if let marker = Self.markerLine(in: bytes, at: lineStart) {
        yamlRange = opening.next..<lineStart
        yamlFirstLine = 2
        bodyRange = marker.next..<bytes.count
        return
      }
      guard let newline = Self.lineFeed(in: bytes, from: lineStart) else { break }
      lineStart = newline + 1
    }
    throw FrameworkError(
      .unclosedFrontMatter,
      at: SourcePosition(line: 1, column: 1, offset: start)
    )
  }

  /// The offset of the first line feed at or after `start`.
  private static func lineFeed(in bytes: [UInt8], from start: Int) -> Int? {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, start < buffer.count,
        let found = ByteSearch.first(
          UInt8(ascii: "\n"),
          in: base + start,
          count: buffer.count - start
        )
      else { return nil }
      return found - UnsafeRawPointer(base)
    }
  }

  /// A `---` or `...` line at `start`: three marker characters, then only spaces or tabs up to
  /// the end of the line. Returns where the next line starts.
  private static func markerLine(in bytes: [UInt8], at start: Int) -> (isDashes: Bool, next: Int)? {
    guard start + 3 <= bytes.count else { return nil }
    let first = bytes[start]
    guard first == UInt8(ascii: "-") || first == UInt8(ascii: "."),
      bytes[start + 1] == first, bytes[start + 2] == first
    else { return nil }
    var index = start + 3
    while index < bytes.count,
      bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t")
    {
      index += 1
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "\r") { index += 1 }
    if index == bytes.count { return (first == UInt8(ascii: "-"), index) }
    guard bytes[index] == UInt8(ascii: "\n") else { return nil }
    return (first == UInt8(ascii: "-"), index + 1)
  }
}
