/// What the checks on a criterion's or an example's text need to know, gathered in one pass
/// over its UTF-8 bytes, without decoding characters or hashing through `String`.
struct TextFacts {
  /// Spaces and tabs at the start.
  var leadingBlanks = 0
  /// Spaces and tabs at the end.
  var trailingBlanks = 0
  /// The byte offset of the first two spaces in a row between them, if any.
  var firstDoubledSpace: Int?
  /// The bytes left without white space (spaces, tabs, line breaks) at either end; empty when
  /// the text is nothing but white space.
  var trimmed: Range<Int> = 0..<0
  /// A hash of the bytes in `trimmed` (FNV-1a), to find repeated texts quickly.
  var trimmedHash = 0

  /// Gathers the facts about `text`.
  init(_ text: String) {
    if let facts = text.utf8.withContiguousStorageIfAvailable(Self.init(utf8:)) {
      self = facts
    } else {
      self = Array(text.utf8).withUnsafeBufferPointer(Self.init(utf8:))
    }
  }

  private init(utf8: UnsafeBufferPointer<UInt8>) {
    let count = utf8.count
    var start = 0
    while start < count, Self.isWhiteSpace(utf8[start]) { start += 1 }
    guard start < count else { return }
    var end = count
    while Self.isWhiteSpace(utf8[end - 1]) { end -= 1 }
    trimmed = start..<end
    while leadingBlanks < count, Self.isBlank(utf8[leadingBlanks]) { leadingBlanks += 1 }
    while Self.isBlank(utf8[count - 1 - trailingBlanks]) { trailingBlanks += 1 }
    // Doubled spaces are looked for between the white space at both ends.
    (trimmedHash, firstDoubledSpace) = Self.hashAndDoubledSpace(utf8, in: start..<end)
  }

  /// A hash of the bytes in `range`, and where the first two spaces in a row among them are.
  ///
  /// Eight bytes at a time: each word is mixed into the hash, and its spaces are flagged
  /// exactly (no carries between bytes), so two flags side by side, in a word or across two,
  /// are two spaces in a row.
  private static func hashAndDoubledSpace(
    _ utf8: UnsafeBufferPointer<UInt8>,
    in range: Range<Int>
  ) -> (hash: Int, doubled: Int?) {
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(range.count)
    var doubled: Int?
    var previousFlags: UInt64 = 0
    var index = range.lowerBound
    while index < range.upperBound {
      let word: UInt64
      let width = min(8, range.upperBound - index)
      if width == 8, let base = utf8.baseAddress {
        word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      } else {
        var partial: UInt64 = 0
        for offset in 0..<width {
          partial |= UInt64(utf8[index + offset]) << (8 * UInt64(offset))
        }
        word = partial
      }
      hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
      hash ^= hash >> 29
      if doubled == nil {
        // The high bit of each byte that is a space (bytes past `width` are zero, not spaces).
        let spaces = word ^ 0x2020_2020_2020_2020
        var flags = ~(((spaces & low7) &+ low7) | spaces | low7)
        if width < 8 { flags &= (1 << (8 * UInt64(width))) &- 1 }
        let pairs = flags & (flags << 8 | previousFlags >> 56)
        if pairs != 0 {
          doubled = index + pairs.trailingZeroBitCount / 8 - 1
        }
        previousFlags = flags
      }
      index += width
    }
    return (Int(truncatingIfNeeded: hash), doubled)
  }

  /// Whether the text is nothing but white space, or nothing at all.
  var isBlank: Bool { trimmed.isEmpty }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }

  private static func isWhiteSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
      || byte == UInt8(ascii: "\r")
  }
}
