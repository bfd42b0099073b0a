public import YAMLSubset

/// Text (YAML, Markdown, a whole framework file) in which `1️⃣`, `2️⃣`... mark positions: the markers are removed and their line,
/// column and byte offset recorded, so that tests never count columns by hand.
///
/// Positions are computed here independently of the parser: the column counts the `Character`s
/// before the marker on its line, as `SourcePosition` documents.
public struct MarkedText {
  private static let markers: [Character] = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

  /// The text without its markers.
  public var text: String
  /// The bytes to parse: `prefix`, then the UTF-8 of `text`.
  public var bytes: [UInt8]
  /// The part of `bytes` that holds `text`.
  public var range: Range<Int>
  /// The line number of the first line of `text`.
  public var firstLine: Int
  private var positions: [Int: SourcePosition] = [:]

  /// Removes the markers from `marked`.
  ///
  /// - Parameters:
  ///   - prefix: bytes placed before the text (for instance a Markdown file's first line), so
  ///     that offsets are those of the whole buffer.
  ///   - firstLine: the line number of the text's first line.
  public init(_ marked: String, prefix: [UInt8] = [], firstLine: Int = 1) {
    var text = ""
    var line = firstLine
    var column = 1
    var offset = prefix.count
    for character in marked {
      if let index = Self.markers.firstIndex(of: character) {
        positions[index + 1] = SourcePosition(line: line, column: column, offset: offset)
        continue
      }
      text.append(character)
      offset += character.utf8.count
      if character == "\n" || character == "\r\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    self.text = text
    self.bytes = prefix + Array(text.utf8)
    self.range = prefix.count..<bytes.count
    self.firstLine = firstLine
  }

  /// The position of marker `number` (1 for `1️⃣`); the start of the text if it has none.
  public subscript(_ number: Int) -> SourcePosition {
    positions[number] ?? SourcePosition(line: firstLine, column: 1, offset: range.lowerBound)
  }

  /// Whether marker `number` appears in the text.
  public func hasMarker(_ number: Int) -> Bool { positions[number] != nil }

  /// Parses the text (within its range, from its first line).
  public func parse() throws(YAMLError) -> YAMLNode? {
    try YAMLParser.parse(bytes, range: range, firstLine: firstLine)
  }
}
