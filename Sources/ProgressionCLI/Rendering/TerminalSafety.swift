/// Keeps text from a file or the command line from acting on the terminal it is printed to.
///
/// Control characters (ESC, a lone carriage return, ...), invisible bidirectional overrides and
/// line separators are shown escaped as `\u{1B}`, so echoing a hostile file can neither drive the
/// terminal nor reorder what the user sees.
enum TerminalSafety {
  /// `\u{1B}` for a character that must not reach the terminal raw, else `nil`.
  ///
  /// A cluster of several scalars (CR LF is one `Character`) has each unsafe scalar escaped.
  static func escaped(_ character: Character) -> String? {
    guard character.unicodeScalars.contains(where: isUnsafe) else { return nil }
    return String(decoding: escapedBytes(character.unicodeScalars), as: UTF8.self)
  }

  /// `text` with every unsafe character escaped; tabs and line breaks are escaped too.
  static func sanitized(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    return String(decoding: escapedBytes(text.unicodeScalars), as: UTF8.self)
  }

  /// C0 and C1 controls, DEL, line and paragraph separators, bidirectional controls and the
  /// byte-order mark.
  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069, 0xFEFF: true
    default: false
    }
  }

  /// `scalars` as UTF-8, with every unsafe scalar escaped.
  static func escapedBytes(_ scalars: some Sequence<Unicode.Scalar>) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.underestimatedCount + 8)
    for scalar in scalars {
      appendSafely(scalar, to: &bytes)
    }
    return bytes
  }

  /// Appends `scalar` as UTF-8, or escaped as `\u{1B}` (upper-case hexadecimal) when unsafe.
  static func appendSafely(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
    guard isUnsafe(scalar) else {
      UTF8.encode(scalar) { bytes.append($0) }
      return
    }
    bytes.append(contentsOf: "\\u{".utf8)
    bytes.append(contentsOf: String(scalar.value, radix: 16, uppercase: true).utf8)
    bytes.append(UInt8(ascii: "}"))
  }
}
