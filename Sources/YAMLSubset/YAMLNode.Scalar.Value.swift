extension YAMLNode.Scalar {
  /// A scalar's value as the YAML 1.2 core schema resolves it.
  public enum Value: Hashable, Sendable {
    /// `null`, `Null`, `NULL`, `~` or an empty plain scalar.
    case null
    /// `true`/`True`/`TRUE` or `false`/`False`/`FALSE`.
    case bool(Bool)
    /// A decimal, `0o` octal or `0x` hexadecimal integer that fits in `Int`.
    case int(Int)
    /// A decimal number with a fraction or exponent, `.inf`, `-.inf` or `.nan`.
    case float(Double)
    /// Anything else, and every quoted or block scalar.
    case string(String)

    /// Resolves the text of a plain scalar by the core schema.
    ///
    /// An integer too large for `Int` resolves to a string here; the parser refuses such
    /// scalars before anyone sees them, so that no number is silently read as text.
    public init(resolvingPlain text: String) {
      guard let first = text.utf8.first else {
        self = .null
        return
      }
      // Every null, boolean, infinity and NaN spelling has at most five bytes.
      guard text.utf8.count <= 5 else {
        switch first {
        case UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"), 0x30...0x39:
          self = Self.number(text) ?? .string(text)
        default:
          self = .string(text)
        }
        return
      }
      self = Self.withUTF8(of: text) { Self.resolveShort($0) } ?? .string(text)
    }

    /// The value of a plain scalar of at most five bytes, or `nil` for a string.
    ///
    /// Compares bytes, not `String`s: no other text is canonically equivalent to one of these
    /// ASCII spellings (no character decomposes into `~`, `.`, `+`, `-`, digits or their letters).
    private static func resolveShort(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
      func spelled(_ spellings: [[UInt8]]) -> Bool {
        spellings.contains { $0.count == bytes.count && $0.elementsEqual(bytes) }
      }
      switch bytes[0] {
      case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
        return spelled(Spellings.null) ? .null : nil
      case UInt8(ascii: "t"), UInt8(ascii: "T"):
        return spelled(Spellings.true) ? .bool(true) : nil
      case UInt8(ascii: "f"), UInt8(ascii: "F"):
        return spelled(Spellings.false) ? .bool(false) : nil
      case UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"), 0x30...0x39:
        if spelled(Spellings.infinity) { return .float(.infinity) }
        if spelled(Spellings.negativeInfinity) { return .float(-.infinity) }
        if spelled(Spellings.notANumber) { return .float(.nan) }
        return number(bytes)
      default:
        return nil
      }
    }

    /// Whether `text` has the form of a core-schema integer (whether or not it fits in `Int`).
    public static func looksLikeInteger(_ text: String) -> Bool {
      withUTF8(of: text) { integerForm($0) != nil }
    }

    private static func number(_ text: String) -> Value? {
      withUTF8(of: text) { number($0) }
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
      if let form = integerForm(bytes) {
        return integer(bytes, form).map(Value.int)
      }
      guard isCoreFloat(bytes), let double = Double(String(decoding: bytes, as: UTF8.self)) else {
        return nil
      }
      return .float(double)
    }

    /// Calls `body` with the UTF-8 bytes of `text`, copying them only if they are not
    /// contiguous already (they are for every string the parser makes).
    private static func withUTF8<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R
    {
      if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
      return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Where the digits of a core-schema integer start, their radix, and whether it is negative.
    private static func integerForm(
      _ bytes: UnsafeBufferPointer<UInt8>
    ) -> (digitsStart: Int, radix: Int, isNegative: Bool)? {
      if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
        let body = bytes[2...]
        if bytes[1] == UInt8(ascii: "x"), body.allSatisfy({ $0.hexDigitValue != nil }) {
          return (2, 16, false)
        }
        if bytes[1] == UInt8(ascii: "o"), body.allSatisfy({ $0 >= 0x30 && $0 <= 0x37 }) {
          return (2, 8, false)
        }
      }
      let sign = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? 1 : 0
      let digits = bytes[sign...]
      guard !digits.isEmpty, digits.allSatisfy(\.isDecimalDigit) else { return nil }
      return (sign, 10, bytes.first == UInt8(ascii: "-"))
    }

    /// The value of an integer in `integerForm`, or `nil` if it does not fit in `Int`.
    private static func integer(
      _ bytes: UnsafeBufferPointer<UInt8>,
      _ form: (digitsStart: Int, radix: Int, isNegative: Bool)
    ) -> Int? {
      var value = 0
      for byte in bytes[form.digitsStart...] {
        let digit = Int(byte.hexDigitValue ?? 0)
        let (shifted, overflow) = value.multipliedReportingOverflow(by: form.radix)
        let (next, carry) =
          form.isNegative
          ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
        if overflow || carry { return nil }
        value = next
      }
      return value
    }

    /// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
    private static func isCoreFloat(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      var i = 0
      func skipSign() {
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
          i += 1
        }
      }
      func digits() -> Int {
        let start = i
        while i < bytes.count, bytes[i].isDecimalDigit { i += 1 }
        return i - start
      }
      skipSign()
      let integerDigits = digits()
      var fractionDigits = 0
      if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
        i += 1
        fractionDigits = digits()
      }
      guard integerDigits > 0 || fractionDigits > 0 else { return false }
      if i < bytes.count, bytes[i] | 0x20 == UInt8(ascii: "e") {
        i += 1
        skipSign()
        guard digits() > 0 else { return false }
      }
      return i == bytes.count
    }
  }
}

/// The UTF-8 spellings the core schema gives a meaning, as `Value(resolvingPlain:)` compares them.
private enum Spellings {
  static let null = bytes("~", "null", "Null", "NULL")
  static let `true` = bytes("true", "True", "TRUE")
  static let `false` = bytes("false", "False", "FALSE")
  static let infinity = bytes(".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF")
  static let negativeInfinity = bytes("-.inf", "-.Inf", "-.INF")
  static let notANumber = bytes(".nan", ".NaN", ".NAN")

  private static func bytes(_ spellings: String...) -> [[UInt8]] {
    spellings.map { Array($0.utf8) }
  }
}
