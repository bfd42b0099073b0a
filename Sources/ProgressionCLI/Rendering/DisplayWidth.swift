/// How many terminal columns text occupies, as a terminal lays it out.
///
/// Widths are counted per grapheme cluster (`Character`), since a terminal draws a cluster as one
/// glyph: `é` is one column whether composed or decomposed, and an emoji ZWJ sequence such as
/// `👩‍💼` is two columns, not four. The rules, per Unicode scalar:
/// - 0 for control characters (C0, DEL, C1), which renderers escape before printing, for
///   combining marks (`Mn`, `Me`), format characters (`Cf`: ZWJ, ZWNJ, bidi marks), variation
///   selectors and Hangul medial and final jamo;
/// - 2 for East Asian Wide and Fullwidth characters (CJK, Hangul syllables, fullwidth forms) and
///   for emoji with emoji presentation (`✨`);
/// - 1 for everything else.
///
/// A cluster is as wide as its widest scalar, except that an emoji followed by VS16 (U+FE0F),
/// such as `🛠️`, takes two columns even when it defaults to text presentation. VS15 (U+FE0E) does
/// not narrow a wide emoji: terminals keep `✨︎` two columns wide.
enum DisplayWidth {
  /// The number of columns `text` occupies on a terminal.
  static func columns(of text: some StringProtocol) -> Int {
    var total = 0
    var isASCII = true
    for byte in text.utf8 {
      if byte >= 0x80 {
        isASCII = false
        break
      }
      if byte >= 0x20 && byte != 0x7F { total += 1 }
    }
    if isASCII { return total }
    total = 0
    for character in text {
      total += columns(of: character)
    }
    return total
  }

  /// The number of columns one grapheme cluster occupies on a terminal.
  static func columns(of character: Character) -> Int {
    if let ascii = character.asciiValue {
      return ascii >= 0x20 && ascii != 0x7F ? 1 : 0
    }
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    var width = columns(of: first)
    let isEmojiBase = first.properties.isEmoji
    for scalar in scalars.dropFirst() {
      if scalar.value == 0xFE0F && isEmojiBase {
        width = 2
      } else {
        width = max(width, columns(of: scalar))
      }
    }
    return width
  }

  /// The number of columns one Unicode scalar occupies when drawn on its own.
  static func columns(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x7F { return value >= 0x20 ? 1 : 0 }
    if value < 0xA0 { return 0 }  // DEL and the C1 controls
    if value == 0xAD { return 1 }  // soft hyphen: terminals draw it as a hyphen
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control:
      return 0
    default:
      break
    }
    if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) {
      return 0  // Hangul medial vowels and final consonants join the preceding initial
    }
    if isEastAsianWide(scalar) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// Whether the scalar is East Asian Wide (W) or Fullwidth (F).
  private static func isEastAsianWide(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    guard value >= wideRanges[0].lowerBound else { return false }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = wideRanges[middle]
      if value < range.lowerBound {
        high = middle - 1
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }

  /// East Asian Wide and Fullwidth code points from Unicode's `EastAsianWidth.txt`, ascending,
  /// with unassigned gaps inside a block merged into their neighbours and the CJK supplementary
  /// planes (2 and 3) wide throughout, as that file specifies for unassigned code points there.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x3247, 0x3250...0x4DBF, 0x4E00...0xA4C6, 0xA960...0xA97C,
    0xAC00...0xD7A3, 0xF900...0xFAD9, 0xFE10...0xFE19, 0xFE30...0xFE6B, 0xFF01...0xFF60,
    0xFFE0...0xFFE6, 0x16FE0...0x18D08, 0x1AFF0...0x1B2FB, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF,
    0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F320, 0x1F32D...0x1F335,
    0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3,
    0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440,
    0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567,
    0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F,
    0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6DF,
    0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7F0, 0x1F90C...0x1F93A,
    0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAF6, 0x20000...0x3FFFD,
  ]
}
