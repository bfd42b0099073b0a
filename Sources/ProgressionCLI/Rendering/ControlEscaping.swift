/// Shows characters that would drive a terminal as visible Swift-style escapes, such as `\u{1B}`.
///
/// Escaped: the C0 controls (U+0000–U+001F), DEL (U+007F), the C1 controls (U+0080–U+009F) and
/// the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
/// could reorder what a reader sees. Text output escapes them so nothing in a framework file
/// reaches the terminal raw; Markdown output does the same.
enum ControlEscaping {
  /// Whether `scalar` is escaped.
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// Whether `text` has any scalar that is escaped.
  static func containsEscapable(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.contains(where: needsEscape)
  }

  /// `text` as UTF-8 with every escaped scalar written as `\u{…}`.
  static func escaped(_ text: some StringProtocol) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      if needsEscape(scalar) {
        appendEscape(of: scalar, to: &bytes)
      } else {
        UTF8.encode(scalar) { bytes.append($0) }
      }
    }
    return bytes
  }

  /// Appends `\u{XX}`: the scalar's value in upper-case hexadecimal, at least two digits.
  static func appendEscape(of scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    bytes.append(contentsOf: "\\u{".utf8)
    if hex.utf8.count < 2 { bytes.append(UInt8(ascii: "0")) }
    bytes.append(contentsOf: hex.utf8)
    bytes.append(UInt8(ascii: "}"))
  }
}
