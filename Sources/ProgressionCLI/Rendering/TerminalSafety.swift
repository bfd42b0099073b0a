/// Keeps text from a file or the command line from acting on the terminal it is printed to, or
/// from hiding what it holds.
///
/// Control characters (ESC, a lone carriage return, ...), invisible bidirectional overrides,
/// line separators and invisible characters (zero-width spaces and joiners, word joiners,
/// interlinear annotations, tag characters) are shown escaped as `\u{1B}`, so echoing a
/// hostile file can neither drive the terminal nor reorder what the user sees, and two texts
/// that look the same are visibly different. Emoji keep what builds them: a zero-width joiner
/// between two emoji (👩‍💼) and the tag characters of a flag (🏴󠁧󠁢󠁳󠁣󠁴󠁿).
enum TerminalSafety {
  /// `\u{1B}` for a character that must not reach the terminal raw, else `nil`.
  ///
  /// A cluster of several scalars (CR LF is one `Character`) has each unsafe scalar escaped.
  static func escaped(_ character: Character) -> String? {
    guard character.unicodeScalars.contains(where: mayBeUnsafe) else { return nil }
    let bytes = escapedBytes(character.unicodeScalars)
    guard !bytes.elementsEqual(character.utf8) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `text` with every unsafe character escaped; tabs and line breaks are escaped too.
  static func sanitized(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: mayBeUnsafe) else { return text }
    return String(decoding: escapedBytes(text.unicodeScalars), as: UTF8.self)
  }

  /// C0 and C1 controls, DEL, line and paragraph separators, bidirectional controls, the
  /// byte-order mark, and invisible characters whatever surrounds them.
  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069, 0xFEFF: true
    case 0x200B, 0x200C, 0x2060...0x2064, 0xFFF9...0xFFFB: true
    default: false
    }
  }

  /// Whether `scalar` is unsafe, or is a zero-width joiner or a tag character, which are safe
  /// only inside an emoji: a quick test before `mustEscape(_:at:)`.
  static func mayBeUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    isUnsafe(scalar) || scalar.value == 0x200D || (0xE0000...0xE007F).contains(scalar.value)
  }

  /// Whether the scalar at `index` must be escaped: it is unsafe, or it is a zero-width joiner
  /// that does not join two emoji, or a tag character outside a flag's tag sequence.
  static func mustEscape<Scalars: BidirectionalCollection<Unicode.Scalar>>(
    _ scalars: Scalars,
    at index: Scalars.Index
  ) -> Bool {
    let scalar = scalars[index]
    if isUnsafe(scalar) { return true }
    switch scalar.value {
    case 0x200D: return !joinsEmoji(scalars, at: index)
    case 0xE0000...0xE007F: return !isInFlagTagSequence(scalars, at: index)
    default: return false
    }
  }

  /// `scalars` as UTF-8, with every unsafe scalar escaped.
  static func escapedBytes<Scalars: BidirectionalCollection<Unicode.Scalar>>(
    _ scalars: Scalars
  ) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.underestimatedCount + 8)
    append(scalars, to: &bytes)
    return bytes
  }

  /// Appends `scalars` as UTF-8, each unsafe one escaped; tabs too unless `keepingTabs`.
  static func append<Scalars: BidirectionalCollection<Unicode.Scalar>>(
    _ scalars: Scalars,
    to bytes: inout [UInt8],
    keepingTabs: Bool = false
  ) {
    for index in scalars.indices {
      if keepingTabs, scalars[index] == "\t" {
        bytes.append(UInt8(ascii: "\t"))
      } else {
        appendSafely(scalars, at: index, to: &bytes)
      }
    }
  }

  /// Appends the scalar at `index` as UTF-8, or escaped as `\u{1B}` (upper-case hexadecimal)
  /// when it must be.
  static func appendSafely<Scalars: BidirectionalCollection<Unicode.Scalar>>(
    _ scalars: Scalars,
    at index: Scalars.Index,
    to bytes: inout [UInt8]
  ) {
    let scalar = scalars[index]
    guard mayBeUnsafe(scalar), mustEscape(scalars, at: index) else {
      UTF8.encode(scalar) { bytes.append($0) }
      return
    }
    bytes.append(contentsOf: "\\u{".utf8)
    bytes.append(contentsOf: String(scalar.value, radix: 16, uppercase: true).utf8)
    bytes.append(UInt8(ascii: "}"))
  }

  /// Whether the zero-width joiner at `index` comes between two emoji, as in 👩‍💼 (a
  /// variation selector or skin tone may follow the first).
  private static func joinsEmoji<Scalars: BidirectionalCollection<Unicode.Scalar>>(
    _ scalars: Scalars,
    at index: Scalars.Index
  ) -> Bool {
    let next = scalars.index(after: index)
    guard next < scalars.endIndex, isEmoji(scalars[next]) else { return false }
    var previous = index
    while previous > scalars.startIndex {
      previous = scalars.index(before: previous)
      let scalar = scalars[previous]
      if scalar.value == 0xFE0F || scalar.properties.isEmojiModifier { continue }
      return isEmoji(scalar)
    }
    return false
  }

  /// An emoji that is not also an ASCII digit, `#` or `*`.
  private static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
    !scalar.isASCII && scalar.properties.isEmoji
  }

  /// Whether the tag character at `index` belongs to a flag's tag sequence: 🏴 (U+1F3F4),
  /// tags U+E0020–U+E007E, then the cancel tag U+E007F.
  private static func isInFlagTagSequence<Scalars: BidirectionalCollection<Unicode.Scalar>>(
    _ scalars: Scalars,
    at index: Scalars.Index
  ) -> Bool {
    let tags: ClosedRange<UInt32> = 0xE0020...0xE007E
    guard scalars[index].value == 0xE007F || tags.contains(scalars[index].value) else {
      return false
    }
    var start = index
    while start > scalars.startIndex {
      start = scalars.index(before: start)
      let value = scalars[start].value
      if value == 0x1F3F4 { break }
      guard tags.contains(value) else { return false }
    }
    guard scalars[start].value == 0x1F3F4 else { return false }
    var end = index
    while tags.contains(scalars[end].value) {
      end = scalars.index(after: end)
      guard end < scalars.endIndex else { return false }
    }
    return scalars[end].value == 0xE007F
  }
}
