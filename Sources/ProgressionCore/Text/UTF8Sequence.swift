/// Strict UTF-8 checks on bytes: no overlong forms, no surrogates, nothing above U+10FFFF.
enum UTF8Sequence {
  /// The length of the well-formed UTF-8 sequence that starts at `index`, or `nil` if the bytes
  /// there are not one. An ASCII byte is a sequence of length 1.
  static func length<Bytes: RandomAccessCollection<UInt8>>(
    at index: Bytes.Index,
    in bytes: Bytes
  ) -> Int? {
    let lead = bytes[index]
    let length: Int
    var lower: UInt8 = 0x80
    var upper: UInt8 = 0xBF
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0: (length, lower) = (3, 0xA0)
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: (length, upper) = (3, 0x9F)
    case 0xF0: (length, lower) = (4, 0x90)
    case 0xF1...0xF3: length = 4
    case 0xF4: (length, upper) = (4, 0x8F)
    default: return nil
    }
    guard bytes.distance(from: index, to: bytes.endIndex) >= length else { return nil }
    var position = bytes.index(after: index)
    for _ in 1..<length {
      let byte = bytes[position]
      guard byte >= lower, byte <= upper else { return nil }
      (lower, upper) = (0x80, 0xBF)
      position = bytes.index(after: position)
    }
    return length
  }

  /// The offset of the first byte in `range` that does not start or continue well-formed UTF-8,
  /// or `nil` when the whole range is well formed.
  static func firstInvalidOffset(in bytes: [UInt8], range: Range<Int>) -> Int? {
    var index = range.lowerBound
    let slice = bytes[range]
    while index < range.upperBound {
      if bytes[index] < 0x80 {
        index += 1
        continue
      }
      guard let length = length(at: index, in: slice) else { return index }
      index += length
    }
    return nil
  }

  /// Decodes the well-formed sequence of `length` bytes at `index`.
  static func decode<Bytes: RandomAccessCollection<UInt8>>(
    at index: Bytes.Index,
    length: Int,
    in bytes: Bytes
  ) -> UInt32 {
    let lead = UInt32(bytes[index])
    var value: UInt32
    switch length {
    case 1: return lead
    case 2: value = lead & 0x1F
    case 3: value = lead & 0x0F
    default: value = lead & 0x07
    }
    var position = bytes.index(after: index)
    for _ in 1..<length {
      value = value << 6 | UInt32(bytes[position] & 0x3F)
      position = bytes.index(after: position)
    }
    return value
  }
}
