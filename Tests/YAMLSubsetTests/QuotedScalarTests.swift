import Testing
import YAMLSubset

@Suite struct QuotedScalarTests {
  /// A double-quoted escape sequence and the text it stands for.
  struct Escape: Sendable, CustomTestStringConvertible {
    var source: String
    var text: String
    var testDescription: String { source }
  }

  static let escapes: [Escape] = [
    Escape(source: #"\""#, text: "\""),
    Escape(source: #"\\"#, text: "\\"),
    Escape(source: #"\/"#, text: "/"),
    Escape(source: #"\n"#, text: "\n"),
    Escape(source: #"\t"#, text: "\t"),
    Escape(source: "\\\t", text: "\t"),
    Escape(source: #"\0"#, text: "\u{0}"),
    Escape(source: #"\a"#, text: "\u{7}"),
    Escape(source: #"\b"#, text: "\u{8}"),
    Escape(source: #"\e"#, text: "\u{1B}"),
    Escape(source: #"\f"#, text: "\u{C}"),
    Escape(source: #"\r"#, text: "\r"),
    Escape(source: #"\v"#, text: "\u{B}"),
    Escape(source: #"\ "#, text: " "),
    Escape(source: #"\N"#, text: "\u{85}"),
    Escape(source: #"\_"#, text: "\u{A0}"),
    Escape(source: #"\L"#, text: "\u{2028}"),
    Escape(source: #"\P"#, text: "\u{2029}"),
    Escape(source: #"\x41"#, text: "A"),
    Escape(source: #"\xe9"#, text: "é"),
    Escape(source: #"\u00E9"#, text: "é"),
    Escape(source: #"\u2603"#, text: "☃"),
    Escape(source: #"\U0001F600"#, text: "😀"),
    Escape(source: #"\u0000"#, text: "\u{0}"),
  ]

  @Test(arguments: escapes)
  func escape(_ escape: Escape) {
    expectValue(
      of: "a",
      in: "a: \"<\(escape.source)>\"\n",
      text: "<\(escape.text)>",
      style: .doubleQuoted
    )
  }

  static let cases: [ParseCase] = [
    ParseCase("single-quoted", "a: 'b c'\n", #"{"a":"b c"}"#),
    ParseCase("doubled single quote", "a: 'it''s'\n", #"{"a":"it's"}"#),
    ParseCase("only a doubled quote", "a: ''''\n", #"{"a":"'"}"#),
    ParseCase("backslash is plain in single quotes", #"a: 'c:\dir\n'\#n"#, #"{"a":"c:\\dir\\n"}"#),
    ParseCase("double-quoted", #"a: "b c"\#n"#, #"{"a":"b c"}"#),
    ParseCase("empty strings", "a: ''\nb: \"\"\n", #"{"a":"","b":""}"#),
    ParseCase(
      "indicators inside quotes",
      "a: \"# not: a comment, [x]\"\n",
      ##"{"a":"# not: a comment, [x]"}"##
    ),
    ParseCase(
      "leading and trailing white space kept",
      "a: '  x  '\nb: \"\tx\t\"\n",
      #"{"a":"  x  ","b":"\tx\t"}"#
    ),
    ParseCase("raw tab inside", "a: \"x\ty\"\n", #"{"a":"x\ty"}"#),
    ParseCase("emoji inside", "a: \"🛠️ Backend\"\n", #"{"a":"🛠️ Backend"}"#),
    ParseCase("comment after the scalar", "a: \"x\" # c\n", #"{"a":"x"}"#),
    ParseCase(
      "single-quoted line folding",
      "a: 'one\n  two\n\n  three'\n",
      #"{"a":"one two\nthree"}"#
    ),
    ParseCase(
      "double-quoted line folding",
      "a: \"one\n  two\n\n\n  three\"\n",
      #"{"a":"one two\n\nthree"}"#
    ),
    ParseCase(
      "trailing white space before a break dropped",
      "a: \"one  \n  two\"\n",
      #"{"a":"one two"}"#
    ),
    ParseCase("trailing tab before a break dropped", "a: 'one\t\n  two'\n", #"{"a":"one two"}"#),
    ParseCase(
      "escaped white space before a break kept",
      "a: \"one\\t\n  two\"\n",
      #"{"a":"one\t two"}"#
    ),
    ParseCase("escaped space before a break kept", "a: \"one\\ \n  two\"\n", #"{"a":"one  two"}"#),
    ParseCase("escaped line break joins lines", "a: \"one\\\n  two\"\n", #"{"a":"onetwo"}"#),
    ParseCase(
      "white space before an escaped line break kept",
      "a: \"one \\\n  two\"\n",
      #"{"a":"one two"}"#
    ),
    ParseCase(
      "escaped line break then an empty line",
      "a: \"one\\\n\n  two\"\n",
      #"{"a":"one\ntwo"}"#
    ),
    ParseCase("break right after the opening quote", "a: \"\n  x\"\n", #"{"a":" x"}"#),
    ParseCase("break right before the closing quote", "a: \"x\n  \"\n", #"{"a":"x "}"#),
    ParseCase("quote alone on the last line", "a: 'x\n  '\n", #"{"a":"x "}"#),
    ParseCase("escaped quote at a line end", "a: \"x\\\"\n  y\"\n", #"{"a":"x\" y"}"#),
    ParseCase("root quoted scalar over lines", "\"one\ntwo\"\n", #""one two""#),
    ParseCase("sequence of quoted entries", "- 'a'\n- \"b\"\n", #"["a","b"]"#),
    ParseCase(
      "CRLF inside quotes",
      "a: \"one\r\n  two\"\r\nb: 'x\r\n\r\n  y'\r\n",
      #"{"a":"one two","b":"x\ny"}"#
    ),
  ]

  @Test(arguments: cases)
  func parses(_ testCase: ParseCase) {
    expectYAML(testCase.yaml, parsesAs: testCase.expected)
  }

  @Test func styles() {
    expectValue(of: "a", in: "a: 'x'\n", text: "x", style: .singleQuoted)
    expectValue(of: "a", in: "a: \"x\"\n", text: "x", style: .doubleQuoted)
    expectValue(of: "a", in: "a: 'x\n  y'\n", text: "x y", style: .singleQuoted)
    expectValue(of: "a", in: "a: \"x\\n\"\n", text: "x\n", style: .doubleQuoted)
  }

  @Test func escapesInKeys() throws {
    let mapping = try #require(parsed("\"a\\tb\": 1\n'c''d': 2\n")?.mapping)
    #expect(mapping.entries.map(\.key.text) == ["a\tb", "c'd"])
  }
}
