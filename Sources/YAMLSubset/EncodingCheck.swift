/// The first pass over a document: strict UTF-8 and YAML's printable character set.
///
/// After this pass the parser can trust every byte: the text is valid UTF-8, holds no NUL (so
/// `UInt8.end` can stand for the end of input), and every carriage return is followed by a
/// line feed. ASCII text is checked eight bytes at a time.
enum EncodingCheck {
  /// What is wrong at an offset.
  enum Problem: Equatable {
    /// Not a valid UTF-8 sequence (overlong, surrogate, truncated, out of range, stray byte).
    case invalidUTF8
    /// A character outside YAML's printable set.
    case nonPrintable(Unicode.Scalar)
    /// A byte-order mark after the start of the document.
    case byteOrderMark
    /// A carriage return that does not start a CR LF pair.
    case loneCarriageReturn
  }

  private static let highBits: UInt64 = 0x8080_8080_8080_8080
  private static let ones: UInt64 = 0x0101_0101_0101_0101

  /// The offset and kind of the first problem in `start..<end`, or `nil` if there is none.
  static func firstProblem(
    in base: UnsafePointer<UInt8>,
    from start: Int,
    to end: Int
  ) -> (offset: Int, problem: Problem)? {
    var i = start
    while i < end {
      if i + 8 <= end {
        let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        // No high bit, no byte below 0x20 and no 0x7F: eight printable ASCII characters.
        let below20 = (word &- 0x20 &* ones) & ~word & highBits
        let delete = word ^ (0x7F &* ones)
        let isDelete = (delete &- ones) & ~delete & highBits
        let flags = (word & highBits) | below20 | isDelete
        if flags == 0 {
          i += 8
          continue
        }
        // The lowest flag is on the first byte to look at (false flags only follow a real
        // one), so the bytes before it are printable ASCII: step over them at once, instead of
        // retrying the word one byte further each time (every line feed stops a word).
        i += flags.trailingZeroBitCount >> 3
      }
      let lead = base[i]
      if lead < 0x80 {
        if lead >= 0x20 && lead != 0x7F || lead == .tab || lead == .lineFeed {
          i += 1
        } else if lead == .carriageReturn {
          guard i + 1 < end, base[i + 1] == .lineFeed else {
            return (i, .loneCarriageReturn)
          }
          i += 2
        } else {
          return (i, .nonPrintable(Unicode.Scalar(lead)))
        }
        continue
      }
      guard let (scalar, length) = decode(base, at: i, end: end) else {
        return (i, .invalidUTF8)
      }
      switch scalar.value {
      case 0x80...0x9F where scalar.value != 0x85, 0xFFFE, 0xFFFF:
        return (i, .nonPrintable(scalar))
      case 0xFEFF:
        return (i, .byteOrderMark)
      default:
        i += length
      }
    }
    return nil
  }

  /// Decodes the multi-byte sequence at `i`, refusing every ill-formed one.
  private static func decode(
    _ base: UnsafePointer<UInt8>,
    at i: Int,
    end: Int
  ) -> (Unicode.Scalar, Int)? {
    let lead = base[i]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    var value: UInt32
    switch lead {
    case 0xC2...0xDF:
      length = 2
      value = UInt32(lead & 0x1F)
    case 0xE0...0xEF:
      length = 3
      value = UInt32(lead & 0x0F)
      if lead == 0xE0 { low = 0xA0 }
      if lead == 0xED { high = 0x9F }
    case 0xF0...0xF4:
      length = 4
      value = UInt32(lead & 0x07)
      if lead == 0xF0 { low = 0x90 }
      if lead == 0xF4 { high = 0x8F }
    default:
      return nil
    }
    guard i + length <= end else { return nil }
    for k in 1..<length {
      let byte = base[i + k]
      let (lowest, highest) = k == 1 ? (low, high) : (0x80, 0xBF)
      guard byte >= lowest && byte <= highest else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }
}
