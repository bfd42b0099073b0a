/// Colours ranges of already laid-out text output with ANSI SGR sequences.
///
/// `TextWriter` wraps, indents and escapes; its emphases cover titles and headings but not the
/// green and red of a diff. Renderers record the byte range of each marker and changed word run
/// as they write it, then `apply(to:)` inserts the sequences in one linear pass. A range that
/// starts with spaces or line breaks (the separator `TextWriter` put before a word) is trimmed,
/// and a range that wraps onto another line is closed before the line break and reopened after
/// the indentation, so line breaks and indentation are never coloured.
struct ColorSpans {
  /// The SGR parameters for each kind of mark.
  enum Color: String {
    /// Additions and their markers.
    case green = "32"
    /// Removals and their markers.
    case red = "31"
    /// Rewordings and moves.
    case yellow = "33"
  }

  private var spans: [(range: Range<Int>, color: Color)] = []

  /// Records that `range` of the output is to be coloured `color`. Ranges must not overlap and
  /// must be added in order.
  mutating func add(_ range: Range<Int>, _ color: Color) {
    guard !range.isEmpty else { return }
    spans.append((range, color))
  }

  /// `bytes` with every recorded range coloured.
  func apply(to bytes: [UInt8]) -> [UInt8] {
    guard !spans.isEmpty else { return bytes }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + spans.count * 10)
    var index = 0
    for span in spans {
      result.append(contentsOf: bytes[index..<span.range.lowerBound])
      index = span.range.lowerBound
      let start = Array("\u{1B}[\(span.color.rawValue)m".utf8)
      let reset = Array("\u{1B}[0m".utf8)
      var isOpen = false
      while index < span.range.upperBound {
        let byte = bytes[index]
        let isLayout = byte == UInt8(ascii: "\n") || (!isOpen && byte == UInt8(ascii: " "))
        if isLayout {
          if isOpen {
            result.append(contentsOf: reset)
            isOpen = false
          }
        } else if !isOpen {
          result.append(contentsOf: start)
          isOpen = true
        }
        result.append(byte)
        index += 1
      }
      if isOpen { result.append(contentsOf: reset) }
    }
    result.append(contentsOf: bytes[index...])
    return result
  }
}
