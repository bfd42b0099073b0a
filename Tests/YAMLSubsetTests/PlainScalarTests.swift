import Testing
import YAMLSubset

@Suite struct PlainScalarTests {
  static let cases: [ParseCase] = [
    ParseCase("words", "a: hello world\n", #"{"a":"hello world"}"#),
    ParseCase("colon not followed by space", "a: b:c\n", #"{"a":"b:c"}"#),
    ParseCase("URL", "a: https://example.com/x?y=1#z\n", #"{"a":"https://example.com/x?y=1#z"}"#),
    ParseCase("hash not preceded by space", "a: C#\nb: a#b\n", #"{"a":"C#","b":"a#b"}"#),
    ParseCase("comment after a space", "a: b # c\n", #"{"a":"b"}"#),
    ParseCase("comment after a tab", "a: b\t# c\n", #"{"a":"b"}"#),
    ParseCase("quotes inside", #"a: it's "fine"\#n"#, #"{"a":"it's \"fine\""}"#),
    ParseCase("emoji and accents", "a: 🛠️ café ünïcödé\n", #"{"a":"🛠️ café ünïcödé"}"#),
    ParseCase("mojibake survives", "a: üõ†Ô∏è Backend\n", #"{"a":"üõ†Ô∏è Backend"}"#),
    ParseCase(
      "indicators inside",
      "a: x, [y] {z} & * ! | > % @ `\n",
      #"{"a":"x, [y] {z} & * ! | > % @ `"}"#
    ),
    ParseCase(
      "starting with dash, question mark or colon",
      "- -1\n- -x\n- ?x\n- :x\n",
      #"["-1","-x","?x",":x"]"#
    ),
    ParseCase("dashes that are not a marker", "- --x\n- ---\n", #"["--x","---"]"#),
    ParseCase("trailing white space dropped", "a: b  \t\n", #"{"a":"b"}"#),
    ParseCase("inner white space kept", "a: b \t c\n", #"{"a":"b \t c"}"#),
    ParseCase(
      "multi-line value folds into spaces",
      "a: one\n  two\n  three\n",
      #"{"a":"one two three"}"#
    ),
    ParseCase("empty line folds into a line feed", "a: one\n\n  two\n", #"{"a":"one\ntwo"}"#),
    ParseCase(
      "two empty lines fold into two line feeds",
      "a: one\n\n\n  two\n",
      #"{"a":"one\n\ntwo"}"#
    ),
    ParseCase("continuation indentation is dropped", "a: one\n        two\n", #"{"a":"one two"}"#),
    ParseCase("continuation that looks like an entry", "a: one\n  - two\n", #"{"a":"one - two"}"#),
    ParseCase("continuation of an entry", "- one\n two\n- three\n", #"["one two","three"]"#),
    ParseCase(
      "continuation starting with indicators",
      "a: x\n  [y] \"z\" &w\n",
      #"{"a":"x [y] \"z\" &w"}"#
    ),
    ParseCase(
      "comment ends a multi-line value",
      "a: one\n  two # c\nb: 3\n",
      #"{"a":"one two","b":"3"}"#
    ),
    ParseCase("comment line ends a value", "a: one\n  # c\nb: 3\n", #"{"a":"one","b":"3"}"#),
    ParseCase("root scalar", "hello\n", #""hello""#),
    ParseCase("multi-line root scalar", "hello\nworld\n", #""hello world""#),
    ParseCase("CRLF folding", "a: one\r\n  two\r\n\r\n  three\r\n", #"{"a":"one two\nthree"}"#),
    ParseCase(
      "Unicode line separators are content",
      "a: x\u{2028}y\u{85}z\n",
      "{\"a\":\"x\u{2028}y\\u0085z\"}"
    ),
  ]

  @Test(arguments: cases)
  func parses(_ testCase: ParseCase) {
    expectYAML(testCase.yaml, parsesAs: testCase.expected)
  }

  @Test func plainStyle() {
    expectValue(of: "a", in: "a: text\n", text: "text", style: .plain)
    expectValue(of: "a", in: "a: one\n  two\n", text: "one two", style: .plain)
  }

  @Test func longMultiLineScalar() throws {
    let lines = (0..<1000).map { "  word\($0)" }.joined(separator: "\n")
    let text = try #require(parsed("a: start\n" + lines + "\n")?.mapping?["a"]?.scalar?.text)
    #expect(text == "start " + (0..<1000).map { "word\($0)" }.joined(separator: " "))
  }
}
