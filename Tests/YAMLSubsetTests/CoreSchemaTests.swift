import Testing
import YAMLSubset

@Suite struct CoreSchemaTests {
  /// A plain scalar's text and the value the YAML 1.2 core schema gives it.
  struct Resolution: Sendable, CustomTestStringConvertible {
    var text: String
    var value: YAMLNode.Scalar.Value
    var testDescription: String { text.isEmpty ? "(empty)" : text }
    init(_ text: String, _ value: YAMLNode.Scalar.Value) {
      self.text = text
      self.value = value
    }
  }

  static let resolutions: [Resolution] = [
    Resolution("", .null),
    Resolution("~", .null),
    Resolution("null", .null),
    Resolution("Null", .null),
    Resolution("NULL", .null),
    Resolution("nULL", .string("nULL")),
    Resolution("none", .string("none")),
    Resolution("true", .bool(true)),
    Resolution("True", .bool(true)),
    Resolution("TRUE", .bool(true)),
    Resolution("false", .bool(false)),
    Resolution("False", .bool(false)),
    Resolution("FALSE", .bool(false)),
    Resolution("tRUE", .string("tRUE")),
    // YAML 1.1 booleans are strings in the core schema.
    Resolution("yes", .string("yes")),
    Resolution("No", .string("No")),
    Resolution("on", .string("on")),
    Resolution("off", .string("off")),
    Resolution("y", .string("y")),
    Resolution("0", .int(0)),
    Resolution("7", .int(7)),
    Resolution("-0", .int(0)),
    Resolution("+12", .int(12)),
    Resolution("-12", .int(-12)),
    Resolution("007", .int(7)),
    Resolution("0o17", .int(15)),
    Resolution("0o", .string("0o")),
    Resolution("0o8", .string("0o8")),
    Resolution("0x1F", .int(31)),
    Resolution("0xff", .int(255)),
    Resolution("0x", .string("0x")),
    Resolution("0xG", .string("0xG")),
    Resolution("-0x1", .string("-0x1")),
    Resolution("9223372036854775807", .int(Int.max)),
    Resolution("-9223372036854775808", .int(Int.min)),
    Resolution("0x7FFFFFFFFFFFFFFF", .int(Int.max)),
    Resolution("1_000", .string("1_000")),
    Resolution("1,000", .string("1,000")),
    Resolution("12:30", .string("12:30")),
    Resolution("1.5", .float(1.5)),
    Resolution("-1.5", .float(-1.5)),
    Resolution("+.5", .float(0.5)),
    Resolution(".5", .float(0.5)),
    Resolution("1.", .float(1)),
    Resolution("1e3", .float(1000)),
    Resolution("1E-3", .float(0.001)),
    Resolution("2.5e+2", .float(250)),
    Resolution("1e", .string("1e")),
    Resolution(".", .string(".")),
    Resolution("-", .string("-")),
    Resolution("1.2.3", .string("1.2.3")),
    Resolution(".inf", .float(.infinity)),
    Resolution("+.Inf", .float(.infinity)),
    Resolution("-.INF", .float(-.infinity)),
    Resolution(".infinity", .string(".infinity")),
    Resolution("level", .string("level")),
    // Around the five-byte limit of the null, boolean and special-float spellings.
    Resolution("Nul", .string("Nul")),
    Resolution("nulls", .string("nulls")),
    Resolution("falsey", .string("falsey")),
    Resolution("TRUE!", .string("TRUE!")),
    Resolution("-.inf", .float(-.infinity)),
    Resolution("+.INF", .float(.infinity)),
    Resolution(".nan.", .string(".nan.")),
    Resolution("12345", .int(12345)),
    Resolution("123456", .int(123_456)),
    Resolution("1.5e10", .float(1.5e10)),
    Resolution("-.infx", .string("-.infx")),
    Resolution("3 levels", .string("3 levels")),
  ]

  @Test(arguments: resolutions)
  func resolvesPlain(_ resolution: Resolution) {
    #expect(YAMLNode.Scalar.Value(resolvingPlain: resolution.text) == resolution.value)
  }

  @Test(arguments: [".nan", ".NaN", ".NAN"])
  func resolvesNaN(_ text: String) throws {
    guard case .float(let value) = YAMLNode.Scalar.Value(resolvingPlain: text) else {
      Issue.record("'\(text)' is not a float")
      return
    }
    #expect(value.isNaN)
  }

  @Test func looksLikeInteger() {
    #expect(YAMLNode.Scalar.Value.looksLikeInteger("99999999999999999999"))
    #expect(YAMLNode.Scalar.Value.looksLikeInteger("0x1F"))
    #expect(YAMLNode.Scalar.Value.looksLikeInteger("-3"))
    #expect(!YAMLNode.Scalar.Value.looksLikeInteger("1.5"))
    #expect(!YAMLNode.Scalar.Value.looksLikeInteger("-"))
    #expect(!YAMLNode.Scalar.Value.looksLikeInteger(""))
  }

  @Test func plainScalarsResolveInTheTree() throws {
    let mapping = try #require(parsed("a: 3\nb: true\nc: ~\nd: 1.5\ne: text\nf:\n")?.mapping)
    #expect(mapping["a"]?.scalar?.value == .int(3))
    #expect(mapping["b"]?.scalar?.value == .bool(true))
    #expect(mapping["c"]?.scalar?.value == .null)
    #expect(mapping["d"]?.scalar?.value == .float(1.5))
    #expect(mapping["e"]?.scalar?.value == .string("text"))
    #expect(mapping["f"]?.scalar?.isNull == true)
  }

  @Test(arguments: ["'3'", "\"3\"", "|\n  3", ">\n  3", "'null'", "\"true\"", "''"])
  func quotedAndBlockScalarsAreStrings(_ value: String) throws {
    let scalar = try #require(parsed("a: \(value)\n")?.mapping?["a"]?.scalar)
    guard case .string = scalar.value else {
      Issue.record("'\(value)' resolved to \(scalar.value)")
      return
    }
    #expect(!scalar.isNull)
  }

  @Test(arguments: [
    "99999999999999999999", "9223372036854775808", "-9223372036854775809", "0x10000000000000000",
    "0o1000000000000000000000",
  ])
  func integerTooLargeIsRefused(_ text: String) {
    expectError("a: 1️⃣\(text)\n", .integerOutOfRange(text))
    expectError("- 1️⃣\(text)\n", .integerOutOfRange(text))
    expectError("[1, 1️⃣\(text)]\n", .integerOutOfRange(text))
    expectError("1️⃣\(text): key\n", .integerOutOfRange(text))
  }

  @Test func integerTooLargeIsFineQuoted() {
    expectValue(of: "a", in: "a: '99999999999999999999'\n", text: "99999999999999999999")
  }
}
