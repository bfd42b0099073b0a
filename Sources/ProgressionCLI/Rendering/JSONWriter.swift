/// Writes pretty-printed JSON (two-space indentation) straight into a byte buffer.
///
/// Callers emit values in order; the writer places commas, colons, line breaks and indentation.
/// Keys come out in the order they are written, so every document has a fixed key order.
/// Strings are escaped as RFC 8259 requires: quotes, backslashes and every control character.
struct JSONWriter {
  /// The JSON written so far, as UTF-8.
  private(set) var bytes: [UInt8] = []
  /// For each open container, whether it has a member yet.
  private var hasMembers: [Bool] = []
  /// Whether a key was just written, so the next value goes on the same line.
  private var afterKey = false

  init(reservingCapacity capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  mutating func beginObject() { open(UInt8(ascii: "{")) }
  mutating func endObject() { close(UInt8(ascii: "}")) }
  mutating func beginArray() { open(UInt8(ascii: "[")) }
  mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Writes an object key; the next call writes its value.
  mutating func key(_ key: String) {
    startValue()
    writeString(key)
    bytes.append(UInt8(ascii: ":"))
    bytes.append(UInt8(ascii: " "))
    afterKey = true
  }

  mutating func string(_ value: String) {
    startValue()
    writeString(value)
  }

  mutating func int(_ value: Int) {
    startValue()
    bytes.append(contentsOf: String(value).utf8)
  }

  /// Writes a finite number; callers decide how to show infinities and NaN, which JSON lacks.
  mutating func double(_ value: Double) {
    precondition(value.isFinite, "JSON has no representation for \(value)")
    startValue()
    bytes.append(contentsOf: value.description.utf8)
  }

  mutating func bool(_ value: Bool) {
    startValue()
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  mutating func null() {
    startValue()
    bytes.append(contentsOf: "null".utf8)
  }

  /// Convenience for `key(_:)` followed by `string(_:)`, or `null()` when `value` is `nil`.
  mutating func member(_ name: String, _ value: String?) {
    key(name)
    if let value { string(value) } else { null() }
  }

  /// Convenience for `key(_:)` followed by `int(_:)`.
  mutating func member(_ name: String, _ value: Int) {
    key(name)
    int(value)
  }

  /// Convenience for `key(_:)` followed by `bool(_:)`, or `null()` when `value` is `nil`.
  mutating func member(_ name: String, _ value: Bool?) {
    key(name)
    if let value { bool(value) } else { null() }
  }

  private mutating func open(_ bracket: UInt8) {
    startValue()
    bytes.append(bracket)
    hasMembers.append(false)
  }

  private mutating func close(_ bracket: UInt8) {
    let hadMembers = hasMembers.removeLast()
    if hadMembers { newline() }
    bytes.append(bracket)
  }

  /// Places the separator and indentation that precede a value or a key.
  private mutating func startValue() {
    if afterKey {
      afterKey = false
      return
    }
    guard let last = hasMembers.indices.last else { return }
    if hasMembers[last] { bytes.append(UInt8(ascii: ",")) }
    hasMembers[last] = true
    newline()
  }

  private mutating func newline() {
    bytes.append(UInt8(ascii: "\n"))
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: hasMembers.count * 2))
  }

  /// Writes a quoted string. Besides what RFC 8259 requires, DEL and the C1 controls
  /// (U+0080–U+009F) are escaped too, so JSON printed to a terminal cannot drive it.
  private mutating func writeString(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var utf8 = value.utf8.makeIterator()
    var pending = utf8.next()
    while let byte = pending {
      pending = utf8.next()
      switch byte {
      case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
      case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
      case 0..<0x20, 0x7F: writeUnicodeEscape(byte)
      case 0xC2:
        // U+0080–U+009F are encoded as C2 80 through C2 9F.
        if let next = pending, (0x80...0x9F).contains(next) {
          writeUnicodeEscape(next)
          pending = utf8.next()
        } else {
          bytes.append(byte)
        }
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Writes `\u00XX` for a code point below U+0100.
  private mutating func writeUnicodeEscape(_ value: UInt8) {
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30])
    bytes.append(hex[Int(value >> 4)])
    bytes.append(hex[Int(value & 0xF)])
  }
}
