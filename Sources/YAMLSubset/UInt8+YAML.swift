/// The bytes that YAML gives a meaning to, and the classes the parser tests them against.
///
/// `DocumentParser.byte(at:)` returns `UInt8.end` (0) past the end of the document: a NUL byte
/// never reaches the parser (the encoding check refuses it), so 0 always means "no more input".
extension UInt8 {
  static let end: UInt8 = 0x00
  static let tab: UInt8 = 0x09
  static let lineFeed: UInt8 = 0x0A
  static let carriageReturn: UInt8 = 0x0D
  static let space: UInt8 = 0x20
  static let exclamation: UInt8 = 0x21
  static let doubleQuote: UInt8 = 0x22
  static let hash: UInt8 = 0x23
  static let percent: UInt8 = 0x25
  static let ampersand: UInt8 = 0x26
  static let singleQuote: UInt8 = 0x27
  static let asterisk: UInt8 = 0x2A
  static let plus: UInt8 = 0x2B
  static let comma: UInt8 = 0x2C
  static let dash: UInt8 = 0x2D
  static let period: UInt8 = 0x2E
  static let slash: UInt8 = 0x2F
  static let zero: UInt8 = 0x30
  static let nine: UInt8 = 0x39
  static let colon: UInt8 = 0x3A
  static let greaterThan: UInt8 = 0x3E
  static let question: UInt8 = 0x3F
  static let at: UInt8 = 0x40
  static let openBracket: UInt8 = 0x5B
  static let backslash: UInt8 = 0x5C
  static let closeBracket: UInt8 = 0x5D
  static let backtick: UInt8 = 0x60
  static let openBrace: UInt8 = 0x7B
  static let pipe: UInt8 = 0x7C
  static let closeBrace: UInt8 = 0x7D

  /// A space or a tab: YAML's white space inside a line.
  var isWhite: Bool { self == .space || self == .tab }

  /// A line feed, a carriage return, or the end of the input.
  var isBreakOrEnd: Bool { self == .lineFeed || self == .carriageReturn || self == .end }

  /// White space, a line break or the end: what must follow an indicator such as `:` or `-`.
  var isBlankOrEnd: Bool {
    self <= .space
      && (self == .space || self == .tab || self == .lineFeed || self == .carriageReturn
        || self == .end)
  }

  /// One of `,[]{}`, which end plain scalars inside flow collections.
  var isFlowIndicator: Bool {
    self == .comma || self == .openBracket || self == .closeBracket || self == .openBrace
      || self == .closeBrace
  }

  /// An ASCII decimal digit.
  var isDecimalDigit: Bool { self >= .zero && self <= .nine }

  /// The value of an ASCII hexadecimal digit, or `nil`.
  var hexDigitValue: UInt32? {
    switch self {
    case 0x30...0x39: UInt32(self - 0x30)
    case 0x41...0x46: UInt32(self - 0x41 + 10)
    case 0x61...0x66: UInt32(self - 0x61 + 10)
    default: nil
    }
  }

  /// How many bytes the UTF-8 sequence that starts with this (valid) lead byte has.
  var utf8SequenceLength: Int {
    if self < 0x80 { return 1 }
    if self < 0xE0 { return 2 }
    if self < 0xF0 { return 3 }
    return 4
  }
}
