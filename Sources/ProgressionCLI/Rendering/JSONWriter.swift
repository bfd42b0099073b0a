import YAMLSubset

/// Writes pretty-printed JSON (two-space indentation) straight into a byte buffer.
///
/// Callers emit values in order; the writer places commas, colons, line breaks and indentation.
/// Keys come out in the order they are written, so every document has a fixed key order.
/// Strings are escaped as RFC 8259 requires: quotes, backslashes and every control character.
package struct JSONWriter {
  /// The JSON written so far, as UTF-8.
  package private(set) var bytes: [UInt8] = []
  /// How many containers are open.
  private var depth = 0
  /// Whether the innermost open container has no member yet. After a container closes, its
  /// parent has at least that one member, so one flag is enough and no stack is needed.
  private var isEmpty = true
  /// Whether a key was just written, so the next value goes on the same line.
  private var afterKey = false

  /// The document written, ended by a line break, as a file or a terminal expects; the writer
  /// is used up, so its buffer is returned without a copy.
  package consuming func lineEndedBytes() -> [UInt8] {
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }

  package init(reservingCapacity capacity: Int = 0) {
    guard capacity > 0 else { return }
    bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
      // The JSON of a large document fills this buffer once: let it fault in as huge pages.
      HugePages.advise(UnsafeMutableRawBufferPointer(buffer))
      count = 0
    }
  }

  package mutating func beginObject() { open(UInt8(ascii: "{")) }
  package mutating func endObject() { close(UInt8(ascii: "}")) }
  package mutating func beginArray() { open(UInt8(ascii: "[")) }
  package mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Writes an object key; the next call writes its value.
  package mutating func key(_ key: String) {
    startValue()
    writeString(key)
    bytes.append(UInt8(ascii: ":"))
    bytes.append(UInt8(ascii: " "))
    afterKey = true
  }

  package mutating func string(_ value: String) {
    startValue()
    writeString(value)
  }

  package mutating func int(_ value: Int) {
    startValue()
    appendDecimal(value)
  }

  /// Writes a finite number; callers decide how to show infinities and NaN, which JSON lacks.
  package mutating func double(_ value: Double) {
    precondition(value.isFinite, "JSON has no representation for \(value)")
    startValue()
    bytes.append(contentsOf: value.description.utf8)
  }

  package mutating func bool(_ value: Bool) {
    startValue()
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  package mutating func null() {
    startValue()
    bytes.append(contentsOf: "null".utf8)
  }

  /// Ends the document with a line break, as a text file's last line ends.
  package mutating func endDocument() {
    bytes.append(UInt8(ascii: "\n"))
  }

  /// Convenience for `key(_:)` followed by `string(_:)`, or `null()` when `value` is `nil`.
  package mutating func member(_ name: String, _ value: String?) {
    key(name)
    if let value { string(value) } else { null() }
  }

  /// Convenience for `key(_:)` followed by `int(_:)`.
  package mutating func member(_ name: String, _ value: Int) {
    key(name)
    int(value)
  }

  /// Convenience for `key(_:)` followed by `bool(_:)`, or `null()` when `value` is `nil`.
  package mutating func member(_ name: String, _ value: Bool?) {
    key(name)
    if let value { bool(value) } else { null() }
  }

  private mutating func open(_ bracket: UInt8) {
    startValue()
    bytes.append(bracket)
    depth += 1
    isEmpty = true
  }

  private mutating func close(_ bracket: UInt8) {
    depth -= 1
    if !isEmpty { newline() }
    bytes.append(bracket)
    isEmpty = false
  }

  /// Places the separator and indentation that precede a value or a key.
  private mutating func startValue() {
    if afterKey {
      afterKey = false
      return
    }
    guard depth > 0 else { return }
    if !isEmpty { bytes.append(UInt8(ascii: ",")) }
    isEmpty = false
    newline()
  }

  /// Appends a line break and the indentation of `depth`, in one copy when it is not deeper
  /// than `lineBreakAndIndentation` holds.
  private mutating func newline() {
    let count = 1 + depth * 2
    guard count <= lineBreakAndIndentation.count else {
      bytes.append(UInt8(ascii: "\n"))
      bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
      return
    }
    lineBreakAndIndentation.withUnsafeBufferPointer {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count]))
    }
  }

  /// Writes the decimal digits of `value` without building a `String`.
  private mutating func appendDecimal(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var start = digits.count
      repeat {
        start -= 1
        digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
    }
  }

  /// Writes `value` quoted and escaped, copying runs that need no escaping in one go.
  ///
  /// Reads the string's UTF-8 in place (`withContiguousStorageIfAvailable` does not retain it,
  /// where the mutating `withUTF8` would); only bridged strings take the copying path.
  private mutating func writeString(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    let written: Void? = value.utf8.withContiguousStorageIfAvailable {
      appendEscaped($0, of: value)
    }
    if written == nil {
      var value = value
      let copy = value
      value.withUTF8 { appendEscaped($0, of: copy) }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Copies `utf8`, the bytes of `text`, escaping quotes, backslashes and control characters.
  ///
  /// Besides the C0 controls RFC 8259 requires, every character `TerminalSafety` keeps from a
  /// terminal is escaped too (DEL, the C1 controls, bidirectional controls, line and paragraph
  /// separators, the byte-order mark, invisible characters), so JSON printed to a terminal can
  /// neither drive it nor reorder or hide what it shows; the escapes keep the JSON a faithful
  /// encoding of the text. They all start with one of five lead bytes, so other text is copied
  /// without decoding.
  private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, of text: String) {
    var runStart = 0
    var index = 0
    while index < utf8.count {
      if index + 8 <= utf8.count, let base = utf8.baseAddress {
        let word = UInt64(
          littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        )
        let found = Self.bytesToLookAt(word)
        guard found != 0 else {
          index += 8
          continue
        }
        // The lowest flagged byte is exact (false flags only follow a real one): skip to it.
        index += found.trailingZeroBitCount >> 3
      } else if utf8.count >= 8, let base = utf8.baseAddress {
        // Fewer than eight bytes are left: look at the last eight, ignoring those before
        // `index`, which are already looked at (a flag they raise only makes a byte get the
        // exact check below).
        let last = utf8.count - 8
        let word = UInt64(
          littleEndian: UnsafeRawPointer(base + last).loadUnaligned(as: UInt64.self)
        )
        let found = Self.bytesToLookAt(word) & ~0 << UInt64((index - last) << 3)
        guard found != 0 else {
          index = utf8.count
          continue
        }
        index = last + found.trailingZeroBitCount >> 3
      }
      let byte = utf8[index]
      let escaped: UInt32
      let length: Int
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F {
        (escaped, length) = (UInt32(byte), 1)
      } else if byte == 0xC2 || byte == 0xD8 || byte == 0xE2 || byte == 0xEF || byte == 0xF3,
        let (scalar, scalarLength) = Self.unsafeScalar(in: utf8, at: index, of: text)
      {
        (escaped, length) = (scalar, scalarLength)
      } else {
        index += 1
        continue
      }
      if runStart < index {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
      }
      appendEscape(for: escaped)
      index += length
      runStart = index
    }
    if runStart < utf8.count {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
  }

  /// The high bit of each of eight bytes (little-endian) that may need a look: a control
  /// character, quote, backslash, DEL or non-ASCII byte. Zero when none does; otherwise the
  /// lowest flag is on the first such byte, and flags above it may be false.
  @inline(__always)
  private static func bytesToLookAt(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    let control = (word &- 0x20 &* ones) & ~word
    let quote = word ^ (0x22 &* ones)
    let backslash = word ^ (0x5C &* ones)
    let delete = word ^ (0x7F &* ones)
    let found =
      word | control | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash
      | (delete &- ones) & ~delete
    return found & highBits
  }

  /// The two-, three- or four-byte scalar at `index` and its length, when `TerminalSafety`
  /// says it must be escaped there (a zero-width joiner or a tag character depends on the
  /// scalars around it in `text`).
  private static func unsafeScalar(
    in utf8: UnsafeBufferPointer<UInt8>,
    at index: Int,
    of text: String
  ) -> (UInt32, Int)? {
    let lead = UInt32(utf8[index])
    let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    guard index + length <= utf8.count else { return nil }
    var scalar = lead & (0xFF >> (length + 1))
    for offset in 1..<length { scalar = scalar << 6 | UInt32(utf8[index + offset] & 0x3F) }
    guard let value = Unicode.Scalar(scalar), TerminalSafety.mayBeUnsafe(value) else { return nil }
    if !TerminalSafety.isUnsafe(value) {
      let position = text.utf8.index(text.utf8.startIndex, offsetBy: index)
      guard TerminalSafety.mustEscape(text.unicodeScalars, at: position) else { return nil }
    }
    return (scalar, length)
  }

  /// The escape for a quote, a backslash or an unsafe character (`\u` and four hex digits, or
  /// a surrogate pair of them above U+FFFF).
  private mutating func appendEscape(for value: UInt32) {
    if value > 0xFFFF {
      appendEscape(for: 0xD800 + (value - 0x10000) >> 10)
      appendEscape(for: 0xDC00 + (value - 0x10000) & 0x3FF)
      return
    }
    bytes.append(UInt8(ascii: "\\"))
    switch value {
    case 0x22, 0x5C: bytes.append(UInt8(value))
    case 0x0A: bytes.append(UInt8(ascii: "n"))
    case 0x09: bytes.append(UInt8(ascii: "t"))
    case 0x0D: bytes.append(UInt8(ascii: "r"))
    case 0x08: bytes.append(UInt8(ascii: "b"))
    case 0x0C: bytes.append(UInt8(ascii: "f"))
    default:
      bytes.append(UInt8(ascii: "u"))
      for shift in stride(from: 12, through: 0, by: -4) {
        bytes.append(hexDigits[Int(value >> UInt32(shift) & 0xF)])
      }
    }
  }
}

private let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

/// A line feed and the indentation of 256 levels, copied in one go by `newline()`.
private let lineBreakAndIndentation: [UInt8] =
  [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: 512)
