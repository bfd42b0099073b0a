/// Finding an ASCII word in bytes, ignoring case, eight bytes at a time: for prefilters that
/// must look through whole files (a sibling that might be a framework's `generic`) before
/// deciding whether to parse them.
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
    guard bytes.count >= letters.count else { return false }
    return bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return false }
      let last = buffer.count - letters.count
      // For an ASCII letter, `byte | 0x20` is its lowercase; no other byte maps onto one.
      let caseBits: UInt64 = 0x2020_2020_2020_2020
      let first = UInt64(letters[0]) &* ones
      var start = 0
      while start <= last {
        if start + 8 <= buffer.count {
          let block = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
          if hasZeroByte((block | caseBits) ^ first) == 0 {
            start += 8
            continue
          }
        }
        for index in start..<min(start + 8, last + 1) where matches(letters, at: index, in: base) {
          return true
        }
        start += 8
      }
      return false
    }
  }

  /// Whether `bytes` hold `lead` followed by one of `next` anywhere, such as a backslash
  /// followed by `x`, `u` or `U`: an escape that can spell any character.
  package static func contains(
    _ lead: UInt8,
    followedByOneOf next: [UInt8],
    in bytes: [UInt8]
  )
    -> Bool
  {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, buffer.count >= 2 else { return false }
      let pattern = UInt64(lead) &* ones
      var start = 0
      while start < buffer.count - 1 {
        if start + 8 <= buffer.count {
          let block = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
          if hasZeroByte(block ^ pattern) == 0 {
            start += 8
            continue
          }
        }
        for index in start..<min(start + 8, buffer.count - 1)
        where base[index] == lead && next.contains(base[index + 1]) {
          return true
        }
        start += 8
      }
      return false
    }
  }

  private static var ones: UInt64 { 0x0101_0101_0101_0101 }

  /// Whether `letters` are at `index`, ignoring case.
  @inline(__always)
  private static func matches(
    _ letters: [UInt8],
    at index: Int,
    in base: UnsafePointer<UInt8>
  ) -> Bool {
    for offset in letters.indices where base[index + offset] | 0x20 != letters[offset] {
      return false
    }
    return true
  }

  /// Non-zero if some byte of `word` is zero.
  @inline(__always)
  private static func hasZeroByte(_ word: UInt64) -> UInt64 {
    (word &- ones) & ~word & 0x8080_8080_8080_8080
  }
}
