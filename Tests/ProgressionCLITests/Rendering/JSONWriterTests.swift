import ProgressionCLI
import Testing
import YAMLSubset

private func json(_ write: (inout JSONWriter) -> Void) -> String {
  var writer = JSONWriter()
  write(&writer)
  return String(decoding: writer.bytes, as: UTF8.self)
}

private let origin = SourcePosition(line: 1, column: 1, offset: 0)

private func plain(_ text: String) -> YAMLNode {
  .scalar(YAMLNode.Scalar(text: text, style: .plain, position: origin))
}

@Suite struct JSONWriterTests {
  @Test func nestsWithTwoSpaceIndentation() {
    let text = json { writer in
      writer.beginObject()
      writer.member("name", "backend")
      writer.member("levels", 6)
      writer.member("draft", false)
      writer.member("title", nil as String?)
      writer.key("topics")
      writer.beginArray()
      writer.string("impact")
      writer.beginObject()
      writer.endObject()
      writer.beginArray()
      writer.endArray()
      writer.endArray()
      writer.endObject()
      writer.endDocument()
    }
    #expect(
      text == """
        {
          "name": "backend",
          "levels": 6,
          "draft": false,
          "title": null,
          "topics": [
            "impact",
            {},
            []
          ]
        }

        """
    )
  }

  @Test func topLevelScalars() {
    #expect(json { $0.null() } == "null")
    #expect(json { $0.bool(true) } == "true")
    #expect(json { $0.string("") } == #""""#)
  }

  @Test(arguments: [
    ("plain", #""plain""#),
    ("quote \" and backslash \\", #""quote \" and backslash \\""#),
    ("line\nbreak\ttab\rreturn", #""line\nbreak\ttab\rreturn""#),
    ("\u{8}\u{C}", #""\b\f""#),
    ("\u{0}\u{1}\u{1B}\u{1F}", #""\u0000\u0001\u001b\u001f""#),
    ("\u{7F} and C1 \u{9B} are escaped", #""\u007f and C1 \u009b are escaped""#),
    ("🛠️ café / ü", #""🛠️ café / ü""#),
    ("C2 lead bytes that are not C1: ¢ \u{A0}", "\"C2 lead bytes that are not C1: ¢ \u{A0}\""),
    (
      "bidi \u{202E}\u{2066}\u{200F}\u{61C} and \u{2028}\u{2029}\u{FEFF}",
      #""bidi \u202e\u2066\u200f\u061c and \u2028\u2029\ufeff""#
    ),
    (
      "same lead bytes: \u{2014} \u{20AC} \u{600} \u{FB01} \u{2067}x",
      "\"same lead bytes: \u{2014} \u{20AC} \u{600} \u{FB01} \\u2067x\""
    ),
    ("run of safe text then \" then more", #""run of safe text then \" then more""#),
    (
      "invisible: a\u{200B}b\u{200C}c\u{200D}d\u{2060}e\u{FFF9}f\u{FFFB}",
      #""invisible: a\u200bb\u200cc\u200dd\u2060e\ufff9f\ufffb""#
    ),
    ("tags: x\u{E0041}\u{E007F}", #""tags: x\udb40\udc41\udb40\udc7f""#),
    // What builds an emoji stays raw: a joiner between two emoji, a flag's tags.
    ("👩‍💼 and 🏳️‍🌈 and 👩🏽‍💻", "\"👩‍💼 and 🏳️‍🌈 and 👩🏽‍💻\""),
    ("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", "\"🏴󠁧󠁢󠁳󠁣󠁴󠁿\""),
    ("joiner at the end 👩\u{200D}", #""joiner at the end 👩\u200d""#),
  ])
  func escapesStrings(_ value: String, _ expected: String) {
    #expect(json { $0.string(value) } == expected)
  }

  @Test(arguments: [
    (0, "0"),
    (7, "7"),
    (-1, "-1"),
    (1_234_567_890, "1234567890"),
    (Int.max, "9223372036854775807"),
    (Int.min, "-9223372036854775808"),
  ])
  func integers(_ value: Int, _ expected: String) {
    #expect(json { $0.int(value) } == expected)
  }

  @Test(arguments: [(1.5, "1.5"), (-0.25, "-0.25"), (2500, "2500.0"), (1e-7, "1e-07")])
  func doubles(_ value: Double, _ expected: String) {
    #expect(json { $0.double(value) } == expected)
  }

  @Test func keysAreEscapedToo() {
    #expect(
      json {
        $0.beginObject()
        $0.member("a\"b", 1)
        $0.endObject()
      } == """
        {
          "a\\"b": 1
        }
        """
    )
  }

  @Test func anEmptyDocumentIsNull() {
    #expect(json { $0.write(nil as YAMLNode?) } == "null")
  }

  @Test(arguments: [
    (plain("3"), "3"),
    (plain("-0x10"), #""-0x10""#),
    (plain("0x1F"), "31"),
    (plain("0o17"), "15"),
    (plain("1.5"), "1.5"),
    (plain(".inf"), #"".inf""#),
    (plain("+.Inf"), #"".inf""#),
    (plain("-.inf"), #""-.inf""#),
    (plain(".NaN"), #"".nan""#),
    (plain("~"), "null"),
    (plain(""), "null"),
    (plain("TRUE"), "true"),
    (plain("yes"), #""yes""#),
    (.scalar(YAMLNode.Scalar(text: "3", style: .doubleQuoted, position: origin)), #""3""#),
    (.scalar(YAMLNode.Scalar(text: "null", style: .singleQuoted, position: origin)), #""null""#),
    (.scalar(YAMLNode.Scalar(text: "a\nb\n", style: .literal, position: origin)), #""a\nb\n""#),
  ])
  func scalarsAreTypedByTheCoreSchema(_ node: YAMLNode, _ expected: String) {
    #expect(json { $0.write(node) } == expected)
  }

  @Test func mappingsKeepSourceOrderAndSequencesNest() {
    let key = { (text: String) in YAMLNode.Scalar(text: text, style: .plain, position: origin) }
    let node = YAMLNode.mapping(
      YAMLNode.Mapping(
        entries: [
          .init(key: key("zebra"), value: plain("1")),
          .init(key: key("3"), value: plain("three")),
          .init(
            key: key("apple"),
            value: .sequence(
              YAMLNode.Sequence(
                items: [plain("true"), .sequence(YAMLNode.Sequence(items: [], position: origin))],
                position: origin
              )
            )
          ),
        ],
        position: origin
      )
    )
    #expect(
      json { $0.write(node) } == """
        {
          "zebra": 1,
          "3": "three",
          "apple": [
            true,
            []
          ]
        }
        """
    )
  }
}
