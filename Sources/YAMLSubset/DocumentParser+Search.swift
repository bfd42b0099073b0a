extension DocumentParser {
  private static var ones: UInt64 { 0x0101_0101_0101_0101 }
  private static var highBits: UInt64 { 0x8080_8080_8080_8080 }

  /// The offset of the first byte from `start` on that is one of `a`, `b`, `c` or `d`, or `end`.
  /// Reads eight bytes at a time: quoted text is long and rarely has anything to stop at.
  @inline(__always)
  func firstOffset(
    from start: Int,
    of a: UInt8,
    _ b: UInt8,
    _ c: UInt8,
    _ d: UInt8
  ) -> Int {
    var i = start
    let (wa, wb, wc, wd) = (
      UInt64(a) &* Self.ones, UInt64(b) &* Self.ones, UInt64(c) &* Self.ones,
      UInt64(d) &* Self.ones
    )
    while i + 8 <= end {
      let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      if Self.hasZeroByte(word ^ wa) | Self.hasZeroByte(word ^ wb) | Self.hasZeroByte(word ^ wc)
        | Self.hasZeroByte(word ^ wd) != 0
      {
        break
      }
      i += 8
    }
    while i < end {
      let byte = base[i]
      if byte == a || byte == b || byte == c || byte == d { return i }
      i += 1
    }
    return end
  }

  /// Non-zero if some byte of `word` is zero.
  @inline(__always)
  private static func hasZeroByte(_ word: UInt64) -> UInt64 {
    (word &- ones) & ~word & highBits
  }
}
