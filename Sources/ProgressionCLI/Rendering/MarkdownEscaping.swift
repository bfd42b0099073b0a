/// Escapes text so that CommonMark (and GitHub's tables and strikethrough) render it exactly as
/// written, inside a heading, a list item or a table cell.
///
/// - Always backslash-escaped: `` \ ` * _ [ ] < > # | ~ ! ``, and `&` when it starts an entity or
///   character reference (`&amp;`, `&#123;`), which would otherwise render as the character.
/// - Escaped only where they start the text: `-`, `+` and `=`, which would start a list, a thematic
///   break or a setext underline, and the `.` or `)` after leading digits (`1.`), which would start
///   an ordered list.
/// - Line breaks become spaces, which render the same inside a paragraph; leading spaces and tabs
///   become `&#32;` and `&#9;` so they cannot start a code block.
/// - Control characters other than tab are shown as `\u{…}`, as in text output (`TerminalSafety`).
enum MarkdownEscaping {
  /// Appends `text`, escaped, to `bytes`; `continuingLine` says it follows other text on its
  /// line, so what is escaped only at the start is not.
  static func append(_ text: String, to bytes: inout [UInt8], continuingLine: Bool = false) {
    if isSafeVerbatim(text, continuingLine: continuingLine) {
      bytes.append(contentsOf: text.utf8)
      return
    }
    let scalars = Array(text.unicodeScalars)
    var atStart = !continuingLine
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      defer { index += 1 }
      if scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" { continue }
      if scalar == "\n" || scalar == "\r" {
        bytes.append(UInt8(ascii: " "))
        continue
      }
      if atStart {
        switch scalar {
        case " ":
          bytes.append(contentsOf: "&#32;".utf8)
          continue
        case "\t":
          bytes.append(contentsOf: "&#9;".utf8)
          continue
        default:
          atStart = false
          if appendLeadingMarker(scalars, at: &index, to: &bytes) { continue }
        }
      }
      if scalar == "&" && startsEntity(scalars, at: index) { bytes.append(UInt8(ascii: "\\")) }
      appendInline(scalars, at: index, to: &bytes)
    }
  }

  /// Whether `text` is plain ASCII that needs no escape at all: the common case, copied as is.
  private static func isSafeVerbatim(_ text: String, continuingLine: Bool) -> Bool {
    guard let first = text.utf8.first else { return true }
    switch continuingLine ? UInt8(ascii: "a") : first {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
      UInt8(ascii: "="), UInt8(ascii: " "), UInt8(ascii: "\t"):
      return false
    default:
      break
    }
    return text.utf8.allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
        UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
        UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "!"),
        UInt8(ascii: "&"):
        return false
      case 0x20..<0x7F:
        return true
      default:
        return false
      }
    }
  }

  /// The escaped text as a string.
  static func escaped(_ text: String) -> String {
    var bytes: [UInt8] = []
    append(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Escapes a block marker at the start of the text; returns whether it wrote the scalar at
  /// `index` (leaving `index` on the last scalar it wrote).
  private static func appendLeadingMarker(
    _ scalars: [Unicode.Scalar],
    at index: inout Int,
    to bytes: inout [UInt8]
  ) -> Bool {
    let scalar = scalars[index]
    if scalar == "-" || scalar == "+" || scalar == "=" {
      bytes.append(UInt8(ascii: "\\"))
      bytes.append(UInt8(scalar.value))
      return true
    }
    var end = index
    while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
    guard end > index, end < scalars.count, scalars[end] == "." || scalars[end] == ")" else {
      return false
    }
    for digit in scalars[index..<end] { bytes.append(UInt8(digit.value)) }
    bytes.append(UInt8(ascii: "\\"))
    bytes.append(UInt8(scalars[end].value))
    index = end
    return true
  }

  /// Whether the `&` at `index` starts what CommonMark may read as an entity or numeric character
  /// reference: `&name;`, `&#123;` or `&#x1F;`. Errs towards yes, since an extra escape is harmless.
  private static func startsEntity(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    var end = index + 1
    var isNumeric = false
    if end < scalars.count, scalars[end] == "#" {
      isNumeric = true
      end += 1
      if end < scalars.count, scalars[end] == "x" || scalars[end] == "X" { end += 1 }
    }
    let start = end
    while end < scalars.count, end - start < 32, isEntityName(scalars[end], numeric: isNumeric) {
      end += 1
    }
    return end > start && end < scalars.count && scalars[end] == ";"
  }

  private static func isEntityName(_ scalar: Unicode.Scalar, numeric: Bool) -> Bool {
    guard scalar.isASCII else { return false }
    if numeric { return scalar.properties.isASCIIHexDigit }
    return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
  }

  private static func appendInline(
    _ scalars: [Unicode.Scalar],
    at index: Int,
    to bytes: inout [UInt8]
  ) {
    let scalar = scalars[index]
    switch scalar {
    case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "!":
      bytes.append(UInt8(ascii: "\\"))
      bytes.append(UInt8(scalar.value))
    case "\t":
      bytes.append(UInt8(ascii: "\t"))
    default:
      TerminalSafety.appendSafely(scalars, at: index, to: &bytes)
    }
  }
}
