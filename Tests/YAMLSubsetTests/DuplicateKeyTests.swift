import TestSupport
import Testing
import YAMLSubset

/// Duplicate keys in mappings small enough to be searched linearly and wide enough to be
/// hashed: the two must agree on which keys are the same.
@Suite struct DuplicateKeyTests {
  /// Filler keys that put a mapping past the linear search, one per line.
  static let filler = (0..<20).map { "filler\($0): v\n" }.joined()

  /// Pairs of keys that are the same key: equal as `String`s (canonically equivalent), or plain
  /// keys with the same value.
  static let sameKeys: [KeyPair] = [
    KeyPair("ASCII", "level", "level"),
    KeyPair("quoted and plain", "'level'", "level"),
    KeyPair("a word and a tail", "topics-and-more", "\"topics-and-more\""),
    KeyPair("exactly one word", "abcdefgh", "abcdefgh"),
    KeyPair("precomposed and decomposed", "\"caf\u{E9}\"", "\"cafe\u{301}\""),
    KeyPair("decomposed and precomposed", "\"cafe\u{301}\"", "\"caf\u{E9}\""),
    KeyPair("K and Kelvin sign", "K", "\"\u{212A}\""),
    KeyPair("Kelvin sign and K", "\"\u{212A}\"", "K"),
    KeyPair("Kelvin sign in a longer key", "\"degrees K\"", "\"degrees \u{212A}\""),
    KeyPair("semicolon and Greek question mark", "\"a;b\"", "\"a\u{37E}b\""),
    KeyPair("backtick and Greek varia", "\"`x`\"", "\"\u{1FEF}x\u{1FEF}\""),
    KeyPair("emoji", "\"😀 smile\"", "\"😀 smile\""),
    KeyPair("a plain and a quoted number, by text", "1", "'1'"),
    KeyPair("integers", "1", "01"),
    KeyPair("hex integer", "16", "0x10"),
    KeyPair("nulls", "~", "null"),
    KeyPair("booleans", "true", "True"),
    KeyPair("floats", "1.5", "1.50"),
    KeyPair("infinities", ".inf", "+.Inf"),
  ]

  /// Pairs of keys that are different keys.
  static let differentKeys: [KeyPair] = [
    KeyPair("case", "level", "Level"),
    KeyPair("one more byte", "abcdefgh", "abcdefghi"),
    KeyPair("lowercase k and Kelvin sign", "k", "\"\u{212A}\""),
    KeyPair("A and A with ring", "A", "\"\u{C5}\""),
    KeyPair("accent and no accent", "\"cafe\"", "\"caf\u{E9}\""),
    KeyPair("quoted null", "null", "\"~\""),
    KeyPair("integer and string", "1", "one"),
  ]

  @Test(arguments: sameKeys)
  func sameKeysInASmallMapping(_ pair: KeyPair) {
    expectError("x: 0\n\(pair.first): 1\n1️⃣\(pair.second): 2\n", pair.reason(firstLine: 2))
  }

  @Test(arguments: sameKeys)
  func sameKeysInAWideMapping(_ pair: KeyPair) {
    let yaml = "\(pair.first): 1\n\(Self.filler)1️⃣\(pair.second): 2\n"
    expectError(yaml, pair.reason(firstLine: 1))
  }

  @Test(arguments: sameKeys)
  func sameKeysInAWideFlowMapping(_ pair: KeyPair) {
    let filler = (0..<20).map { "f\($0): v" }.joined(separator: ", ")
    let yaml = "{\(pair.first): 1, \(filler),\n1️⃣\(pair.second): 2}\n"
    expectError(yaml, pair.reason(firstLine: 1))
  }

  @Test(arguments: differentKeys)
  func differentKeysInAWideMapping(_ pair: KeyPair) throws {
    let yaml = "\(pair.first): 1\n\(Self.filler)\(pair.second): 2\n"
    let root = try #require(parsed(yaml)?.mapping)
    #expect(root.entries.count == 22)
  }

  @Test func keysOfEveryLengthAreDistinct() throws {
    // Keys of 1 to 40 bytes that differ in one byte, at every offset: a hash that ignored a
    // byte or a word would report a duplicate.
    var keys: [String] = []
    for length in 1...40 {
      for offset in 0..<length {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
        bytes[offset] = UInt8(ascii: "b")
        keys.append(String(decoding: bytes, as: UTF8.self))
      }
      keys.append(String(repeating: "a", count: length))
    }
    let yaml = keys.map { "\($0): v\n" }.joined()
    let root = try #require(parsed(yaml)?.mapping)
    #expect(root.entries.map(\.key.text) == keys)
  }

  /// The first of 100,000 keys at full size.
  @Test(.tags(.stress)) func duplicateOfTheFirstOfManyKeys() {
    let count = Stress.size(quick: 5_000, full: 100_000)
    let yaml = (0..<count).map { "extra\($0): v\n" }.joined() + "1️⃣\"extra0\": again\n"
    expectError(yaml, .duplicateKey("extra0", firstLine: 1))
  }

  /// The last of 100,000 keys at full size.
  @Test(.tags(.stress)) func duplicateOfTheLastOfManyKeys() {
    let count = Stress.size(quick: 5_000, full: 100_000)
    let yaml = (0..<count).map { "k\($0): v\n" }.joined() + "1️⃣k\(count - 1): again\n"
    expectError(yaml, .duplicateKey("k\(count - 1)", firstLine: count))
  }

  @Test(.tags(.stress)) func nonASCIIDuplicateAmongManyASCIIKeys() {
    let half = Stress.size(quick: 1_000, full: 10_000)
    let yaml =
      (0..<half).map { "k\($0): v\n" }.joined() + "\"caf\u{E9}\": 1\n"
      + (half..<2 * half).map { "k\($0): v\n" }.joined() + "1️⃣\"cafe\u{301}\": 2\n"
    expectError(yaml, .duplicateKey("cafe\u{301}", firstLine: half + 1))
  }

  @Test(.tags(.stress)) func kelvinSignDuplicateAmongManyKeys() {
    let half = Stress.size(quick: 1_000, full: 10_000)
    let yaml =
      (0..<half).map { "k\($0): v\n" }.joined() + "\"\u{212A}1\": 1\n"
      + (half..<2 * half).map { "\"\u{E9}\($0)\": v\n" }.joined() + "1️⃣K1: 2\n"
    expectError(yaml, .duplicateKey("K1", firstLine: half + 1))
  }

  @Test func manyNonASCIIKeysAreDistinct() throws {
    let keys = (0..<5_000).map { "\"\u{E9}t\u{E9} \($0)\"" }
    let root = try #require(parsed(keys.map { "\($0): v\n" }.joined())?.mapping)
    #expect(root.entries.count == keys.count)
  }
}

/// Two keys, as written in YAML, and a name for the test list.
struct KeyPair: Sendable, CustomTestStringConvertible {
  var name: String
  var first: String
  var second: String

  init(_ name: String, _ first: String, _ second: String) {
    self.name = name
    self.first = first
    self.second = second
  }

  var testDescription: String { name }

  /// The error for `second` repeating `first`, which is on `firstLine`.
  func reason(firstLine: Int) -> YAMLError.Reason {
    .duplicateKey(unquoted(second), firstLine: firstLine)
  }

  private func unquoted(_ key: String) -> String {
    guard let quote = key.first, quote == "\"" || quote == "'" else { return key }
    return String(key.dropFirst().dropLast())
  }
}
