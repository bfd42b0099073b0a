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
      switch text {
      case "", "~", "null", "Null", "NULL": self = .null
      case "true", "True", "TRUE": self = .bool(true)
      case "false", "False", "FALSE": self = .bool(false)
      case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": self = .float(.infinity)
      case "-.inf", "-.Inf", "-.INF": self = .float(-.infinity)
      case ".nan", ".NaN", ".NAN": self = .float(.nan)
      default:
        self = Self.number(text) ?? .string(text)
      }
    }

    /// Whether `text` has the form of a core-schema integer (whether or not it fits in `Int`).
    public static func looksLikeInteger(_ text: String) -> Bool {
      integerParts(text) != nil
    }

    private static func number(_ text: String) -> Value? {
      if let (digits, radix) = integerParts(text) {
        return Int(digits, radix: radix).map(Value.int)
      }
      guard isCoreFloat(text.utf8), let double = Double(text) else { return nil }
      return .float(double)
    }

    /// The digits (sign included for decimals) and radix of a core-schema integer.
    private static func integerParts(_ text: String) -> (Substring, Int)? {
      let bytes = Array(text.utf8)
      if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
        let body = bytes[2...]
        if bytes[1] == UInt8(ascii: "x"), body.allSatisfy(isHexDigit) {
          return (text.dropFirst(2), 16)
        }
        if bytes[1] == UInt8(ascii: "o"), body.allSatisfy({ $0 >= 0x30 && $0 <= 0x37 }) {
          return (text.dropFirst(2), 8)
        }
      }
      let unsigned =
        bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+")
        ? bytes.dropFirst() : bytes[...]
      guard !unsigned.isEmpty, unsigned.allSatisfy(isDecimalDigit) else { return nil }
      return (Substring(text), 10)
    }

    /// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
    private static func isCoreFloat(_ utf8: String.UTF8View) -> Bool {
      var rest = utf8[...]
      if let sign = rest.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
        rest = rest.dropFirst()
      }
      let integer = rest.prefix(while: isDecimalDigit)
      rest = rest.dropFirst(integer.count)
      var fraction = rest.prefix(0)
      if rest.first == UInt8(ascii: ".") {
        rest = rest.dropFirst()
        fraction = rest.prefix(while: isDecimalDigit)
        rest = rest.dropFirst(fraction.count)
      }
      guard !integer.isEmpty || !fraction.isEmpty else { return false }
      if let e = rest.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
        rest = rest.dropFirst()
        if let sign = rest.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
          rest = rest.dropFirst()
        }
        let exponent = rest.prefix(while: isDecimalDigit)
        guard !exponent.isEmpty else { return false }
        rest = rest.dropFirst(exponent.count)
      }
      return rest.isEmpty
    }
  }
}

private func isDecimalDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

private func isHexDigit(_ byte: UInt8) -> Bool {
  isDecimalDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x66)
}
