import YAMLSubset

/// Text with position markers (`1️⃣` … `9️⃣`) removed, and where each marker was, so that tests
/// state expected positions without counting lines and columns.
struct MarkedText {
  /// The text without its markers.
  let text: String
  private let positions: [Int: SourcePosition]

  /// Finds and removes the markers of `marked`.
  init(_ marked: String) {
    var text = ""
    var positions: [Int: SourcePosition] = [:]
    var line = 1
    var column = 1
    for character in marked {
      if let marker = Self.markers.firstIndex(of: character) {
        positions[marker + 1] = SourcePosition(line: line, column: column, offset: text.utf8.count)
        continue
      }
      text.append(character)
      if character == "\n" || character == "\r\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    self.text = text
    self.positions = positions
  }

  /// The position of marker `number` (1 for `1️⃣`), or line 0 when there is no such marker.
  subscript(_ number: Int) -> SourcePosition {
    positions[number] ?? SourcePosition(line: 0, column: 0, offset: 0)
  }

  /// The text's UTF-8 bytes.
  var bytes: [UInt8] { Array(text.utf8) }

  private static let markers: [Character] = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]
}
