/// Text from a file made safe to put in an HTML page, between tags or inside a quoted
/// attribute value.
///
/// `&`, `<`, `>`, `"` and `'` become character references, so no text can open a tag, end an
/// attribute or start an entity. Control characters other than tab and line feed (C0, DEL, C1),
/// which HTML does not allow even as references, are shown as `\u{1B}`, as `show` shows them on
/// a terminal.
public enum HTMLEscaping {
  /// `text` escaped for an HTML page.
  public static func escaped(_ text: some StringProtocol) -> String {
    var html = ""
    html.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars { append(scalar, to: &html) }
    return html
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
