/// Writes pretty-printed JSON (two-space indentation) straight into a byte buffer.
///
/// Callers emit values in order; the writer places commas, colons, line breaks and indentation.
/// Keys come out in the order they are written, so every document has a fixed key order.
/// Strings are escaped as RFC 8259 requires: quotes, backslashes and every control character.
package struct JSONWriter {
  /// The JSON written so far, as UTF-8.
  package private(set) var bytes: [UInt8] = []
  /// For each open container, whether it has a member yet.
  private var hasMembers: [Bool] = []
  /// Whether a key was just written, so the next value goes on the same line.
  private var afterKey = false

  package init(reservingCapacity capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
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
  private mutating func writeString(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in
      var runStart = 0
      for index in utf8.indices {
        let byte = utf8[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
          continue
        }
        if runStart < index {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        }
        appendEscape(for: byte)
        runStart = index + 1
      }
      if runStart < utf8.count {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// The escape for a quote, a backslash or a control character.
  private mutating func appendEscape(for byte: UInt8) {
    bytes.append(UInt8(ascii: "\\"))
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
    case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
    case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
    case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
    case 0x08: bytes.append(UInt8(ascii: "b"))
    case 0x0C: bytes.append(UInt8(ascii: "f"))
    default:
      bytes.append(UInt8(ascii: "u"))
      bytes.append(UInt8(ascii: "0"))
      bytes.append(UInt8(ascii: "0"))
      bytes.append(hexDigits[Int(byte >> 4)])
      bytes.append(hexDigits[Int(byte & 0xF)])
    }
  }
}

private let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
