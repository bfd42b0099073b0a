/// Text from a file made safe to put in an HTML page, between tags or inside a quoted
/// attribute value.
///
/// `&`, `<`, `>`, `"` and `'` become character references, so no text can open a tag, end an
/// attribute or start an entity. Control characters other than tab and line feed (C0, DEL, C1),
/// which HTML does not allow even as references, are shown as `\u{1B}`, as `show` shows them on
/// a terminal.
public enum HTMLEscaping {
  /// `text` escaped for an HTML page. Text with nothing to escape, the usual case, is
  /// returned as it is after one pass over its bytes.
  public static func escaped(_ text: String) -> String {
    var text = text
    guard text.withUTF8({ $0.contains(where: mayNeedEscaping) }) else { return text }
    var html = ""
    html.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars { append(scalar, to: &html) }
    return html
  }

  /// `text` escaped for an HTML page.
  public static func escaped(_ text: Substring) -> String {
    escaped(String(text))
  }

  /// Whether `byte` may start something to escape: one of `&<>"'`, a C0 control but tab and
  /// line feed, DEL, or `0xC2`, the first byte of the C1 controls (and of other characters).
  private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
      UInt8(ascii: "'"), 0x7F, 0xC2:
      true
    case 0x09, 0x0A: false
    default: byte < 0x20
    }
  }

  /// Appends `scalar`, escaped, to `html`.
  public static func append(_ scalar: Unicode.Scalar, to html: inout String) {
    switch scalar {
    case "&": html += "&amp;"
    case "<": html += "&lt;"
    case ">": html += "&gt;"
    case "\"": html += "&quot;"
    case "'": html += "&#39;"
    case "\t", "\n": html.unicodeScalars.append(scalar)
    default:
      guard isControl(scalar) else {
        html.unicodeScalars.append(scalar)
        return
      }
      html += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
  }

  /// Whether `scalar` is a control character HTML does not allow: C0 (but tab and line feed),
  /// DEL and C1.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x08, 0x0B...0x1F, 0x7F...0x9F: true
    default: false
    }
  }
}
