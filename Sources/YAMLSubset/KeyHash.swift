/// A cheap hash of a mapping key's text, for the keys that `KeyIndex` keeps in its own table.
///
/// `String` hashing (SipHash over the normalized text) was most of the cost of a mapping with
/// many keys. Most keys are ASCII, and two ASCII strings are canonically equivalent only if
/// their bytes are equal, so their bytes can be hashed directly, a word at a time.
///
/// A few non-ASCII texts are canonically equivalent to ASCII ones: U+037E GREEK QUESTION MARK
/// is `;`, U+1FEF GREEK VARIA is a backtick and U+212A KELVIN SIGN is `K` (the only characters
/// whose canonical decompositions are ASCII). A text made of ASCII and these characters hashes
/// as the ASCII text it is equivalent to, so that `K` and a Kelvin sign meet in the table. No
/// other text is equivalent to any of these: every other character decomposes to something
/// non-ASCII, which composition never turns back into ASCII.
///
/// The hash is seeded once per process, so that an input cannot be written to collide on
/// purpose for every run; it is not a defence against a determined attacker (multiply-xor
/// hashing is not keyed like SipHash), which a local command-line tool does not need.
enum KeyHash {
  private static let seed = UInt64.random(in: .min ... .max)
  private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

  /// The hash of `text` if it is ASCII or equivalent to ASCII, or `nil` for any other text.
  static func asciiHash(of text: String) -> UInt32? {
    let direct = text.utf8.withContiguousStorageIfAvailable { hashIfASCII($0) }
    if let direct, let hash = direct { return hash }
    return foldedHash(of: text)
  }

  /// The hash of `bytes`, or `nil` if one of them is not ASCII.
  private static func hashIfASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
    let count = bytes.count
    var hash = seed ^ UInt64(count) &* multiplier
    guard let base = bytes.baseAddress else { return finish(hash) }
    let raw = UnsafeRawPointer(base)
    var highBits: UInt64 = 0
    var offset = 0
    while offset + 8 <= count {
      let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      highBits |= word
      hash = mix(hash ^ word)
      offset += 8
    }
    if offset < count && count >= 8 {
      // The last eight bytes, overlapping the last full word: one load, not a byte loop.
      let word = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
      highBits |= word
      hash = mix(hash ^ word)
    } else if offset < count {
      var word: UInt64 = 0
      var shift: UInt64 = 0
      while offset < count {
        word |= UInt64(base[offset]) << shift
        shift += 8
        offset += 1
      }
      highBits |= word
      hash = mix(hash ^ word)
    }
    guard highBits & 0x8080_8080_8080_8080 == 0 else { return nil }
    return finish(hash)
  }

  /// The hash of the ASCII text that `text` is equivalent to, or `nil` if there is none.
  private static func foldedHash(of text: String) -> UInt32? {
    var folded: [UInt8] = []
    folded.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0..<0x80: folded.append(UInt8(truncatingIfNeeded: scalar.value))
      case 0x037E: folded.append(UInt8(ascii: ";"))
      case 0x1FEF: folded.append(UInt8(ascii: "`"))
      case 0x212A: folded.append(UInt8(ascii: "K"))
      default: return nil
      }
    }
    return folded.withUnsafeBufferPointer { hashIfASCII($0) }
  }

  private static func mix(_ value: UInt64) -> UInt64 {
    let product = value &* multiplier
    return product ^ (product >> 29)
  }

  /// Spreads every input bit over the result (the MurmurHash3 finalizer), then folds to 32 bits.
  private static func finish(_ value: UInt64) -> UInt32 {
    var hash = value
    hash ^= hash >> 33
    hash &*= 0xFF51_AFD7_ED55_8CCD
    hash ^= hash >> 33
    hash &*= 0xC4CE_B9FE_1A85_EC53
    hash ^= hash >> 33
    return UInt32(truncatingIfNeeded: hash)
  }
}
