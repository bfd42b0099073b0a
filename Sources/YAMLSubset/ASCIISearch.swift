/// Finding short ASCII patterns in bytes, eight bytes at a time: for prefilters that must look
/// through whole files (a sibling that might be a framework's `generic`) before deciding whether
/// to parse them.
package enum ASCIISearch {
  /// Whether `bytes` hold `word` anywhere, in any mix of case.
  ///
  /// - Parameter word: Lowercase ASCII letters (`a` to `z`), at least one.
  package static func contains(caseInsensitive word: String, in bytes: [UInt8]) -> Bool {
    let letters = Array(word.utf8)
    precondition(
      !letters.isEmpty && letters.allSatisfy { $0 >= 0x61 && $0 <= 0x7A },
      "ASCIISearch takes lowercase ASCII letters"
    )
    // For an ASCII letter, `byte | 0x20` is its lowercase; no other byte maps onto one.
    return anyIndex(in: bytes, length: letters.count, first: letters[0], caseBits: 0x20) {
      base,
      index in
      letters.indices.allSatisfy { base[index + $0] | 0x20 == letters[$0] }
    }
  }

  /// Whether `bytes` hold `lead` followed by one of `next` anywhere, such as a backslash
  /// followed by `x`, `u` or `U`: an escape that can spell any character.
  package static func contains(
    _ lead: UInt8,
    followedByOneOf next: [UInt8],
    in bytes: [UInt8]
  ) -> Bool {
    anyIndex(in: bytes, length: 2, first: lead, caseBits: 0) { base, index in
      next.contains(base[index + 1])
    }
  }

  /// Whether `matches` holds at an index where a pattern of `length` bytes fits and whose byte,
  /// with `caseBits` set, is `first`. Blocks of eight bytes without such a byte are skipped
  /// whole; `matches` is asked only at the indices that have one.
  private static func anyIndex(
    in bytes: [UInt8],
    length: Int,
    first: UInt8,
    caseBits: UInt8,
    _ matches: (UnsafePointer<UInt8>, Int) -> Bool
  ) -> Bool {
    guard bytes.count >= length else { return false }
    return bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return false }
      let last = buffer.count - length
      let pattern = UInt64(first) &* ones
      let blockCaseBits = UInt64(caseBits) &* ones
      var start = 0
      while start <= last {
        if start + 8 <= buffer.count {
          let block = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
          if hasZeroByte((block | blockCaseBits) ^ pattern) == 0 {
            start += 8
            continue
          }
        }
        for index in start..<min(start + 8, last + 1)
        where base[index] | caseBits == first && matches(base, index) {
          return true
        }
        start += 8
      }
      return false
    }
  }

  private static var ones: UInt64 { 0x0101_0101_0101_0101 }

  /// Non-zero if some byte of `word` is zero.
  @inline(__always)
  private static func hasZeroByte(_ word: UInt64) -> UInt64 {
    (word &- ones) & ~word & 0x8080_8080_8080_8080
  }
}
