import TestSupport
import Testing
import YAMLSubset

@Suite struct EncodingTests {
  /// Bytes that are not valid UTF-8, with a name.
  struct BadBytes: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var testDescription: String { name }
  }

  static let invalidUTF8: [BadBytes] = [
    BadBytes(name: "stray continuation byte", bytes: [0x80]),
    BadBytes(name: "truncated two-byte sequence", bytes: [0xC3, 0x41]),
    BadBytes(name: "truncated at the end", bytes: [0xE2, 0x82]),
    BadBytes(name: "overlong encoding", bytes: [0xC0, 0xAF]),
    BadBytes(name: "overlong three-byte encoding", bytes: [0xE0, 0x80, 0xAF]),
    BadBytes(name: "surrogate", bytes: [0xED, 0xA0, 0x80]),
    BadBytes(name: "beyond U+10FFFF", bytes: [0xF4, 0x90, 0x80, 0x80]),
    BadBytes(name: "invalid lead byte", bytes: [0xFF]),
    BadBytes(name: "Latin-1 text", bytes: [0xE9, 0x74, 0xE9]),
  ]

  @Test(arguments: invalidUTF8)
  func refusesInvalidUTF8(_ bad: BadBytes) {
    // The bad bytes follow valid non-ASCII text on the second line; the error is at the first.
    let marked = MarkedText("a: 1\nb: é😀 1️⃣")
    expectEncodingError(marked, bad.bytes, .invalidUTF8)
  }

  @Test func refusesInvalidUTF8InAComment() {
    expectEncodingError(MarkedText("a: 1 # 1️⃣"), [0xFE], .invalidUTF8)
  }

  @Test(
    arguments: [
      0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x9F, 0xFFFE, 0xFFFF,
    ] as [UInt32]
  )
  func refusesNonPrintableCharacters(_ value: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(value))
    expectError("a: \"x 1️⃣\(Character(scalar))\"\n", .nonPrintableCharacter(scalar))
    expectError("# comment 1️⃣\(Character(scalar))\na: 1\n", .nonPrintableCharacter(scalar))
  }

  @Test func nonPrintableMessageNamesTheCodePoint() {
    #expect(
      YAMLError.Reason.nonPrintableCharacter("\u{1B}").message
        == "the non-printable character 'U+001B' is not allowed in YAML; write it as the "
        + "escape '\\u001B' inside a double-quoted string"
    )
  }

  @Test func acceptsPrintableCharacters() {
    expectValue(
      of: "a",
      in: "a: \"\t\u{85}\u{A0}\u{D7FF}\u{E000}\u{FFFD}\u{10000}\u{10FFFF}\"\n",
      text: "\t\u{85}\u{A0}\u{D7FF}\u{E000}\u{FFFD}\u{10000}\u{10FFFF}"
    )
  }

  @Test func escapedControlCharactersAreFine() {
    expectValue(of: "a", in: "a: \"\\e[1m\\x7F\\u0080\"\n", text: "\u{1B}[1m\u{7F}\u{80}")
  }

  @Test func refusesByteOrderMarkInsideTheDocument() {
    expectError("a: 1️⃣\u{FEFF}x\n", .byteOrderMarkInDocument)
    expectError("a: 1\n1️⃣\u{FEFF}b: 2\n", .byteOrderMarkInDocument)
  }

  @Test func refusesLoneCarriageReturn() {
    expectError("a: 1️⃣\rb\n", .carriageReturnWithoutLineFeed)
    expectError("a: 1\r\nb: 21️⃣\r", .carriageReturnWithoutLineFeed)
  }

  /// Expects `marked` followed by `bad` (and a line after) to fail for `reason` at `1️⃣`.
  private func expectEncodingError(
    _ marked: MarkedText,
    _ bad: [UInt8],
    _ reason: YAMLError.Reason,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let bytes = marked.bytes + bad + Array(" more\nc: 3\n".utf8)
    #expect(throws: YAMLError(reason, at: marked[1]), sourceLocation: sourceLocation) {
      try YAMLParser.parse(bytes)
    }
  }
}
