/// Keeps text from a file or the command line from acting on the terminal it is printed to.
///
/// Control characters (ESC, a lone carriage return, ...), invisible bidirectional overrides and
/// line separators are shown escaped as `\u{1B}`, so echoing a hostile file can neither drive the
/// terminal nor reorder what the user sees.
enum TerminalSafety {
  /// `\u{1B}` for a character that must not reach the terminal raw, else `nil`.
  static func escaped(_ character: Character) -> String? {
    guard let scalar = character.unicodeScalars.first,
      character.unicodeScalars.count == 1,
      isUnsafe(scalar)
    else { return nil }
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "\\u{\(hex)}"
  }

  /// `text` with every unsafe character escaped; tabs and line breaks are escaped too.
  static func sanitized(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var result = ""
    for character in text {
      if let escaped = escaped(character) {
        result += escaped
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// C0 and C1 controls, DEL, line and paragraph separators, bidirectional controls and the
  /// byte-order mark.
  private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069, 0xFEFF: true
    default: false
    }
  }
}
