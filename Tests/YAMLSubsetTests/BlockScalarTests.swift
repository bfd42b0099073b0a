import Testing
import YAMLSubset

@Suite struct BlockScalarTests {
  static let cases: [ParseCase] = [
    ParseCase("literal keeps line breaks", "a: |\n  one\n  two\n", #"{"a":"one\ntwo\n"}"#),
    ParseCase(
      "literal keeps inner indentation",
      "a: |\n  one\n    two\n  three\n",
      #"{"a":"one\n  two\nthree\n"}"#
    ),
    ParseCase("literal keeps trailing spaces", "a: |\n  one  \n  two\n", #"{"a":"one  \ntwo\n"}"#),
    ParseCase(
      "literal keeps indicators and hashes",
      "a: |\n  # not a comment\n  key: [x]\n",
      ##"{"a":"# not a comment\nkey: [x]\n"}"##
    ),
    ParseCase("literal inner empty lines", "a: |\n  one\n\n\n  two\n", #"{"a":"one\n\n\ntwo\n"}"#),
    ParseCase("literal leading empty lines", "a: |\n\n  one\n", #"{"a":"\none\n"}"#),
    ParseCase("literal strip", "a: |-\n  one\n\n", #"{"a":"one"}"#),
    ParseCase("literal clip", "a: |\n  one\n\n\n", #"{"a":"one\n"}"#),
    ParseCase("literal keep", "a: |+\n  one\n\n\nb: 1\n", #"{"a":"one\n\n\n","b":"1"}"#),
    ParseCase("keep at end of input", "a: |+\n  one\n\n", #"{"a":"one\n\n"}"#),
    ParseCase("keep with only empty lines", "a: |+\n\n\nb: 1\n", #"{"a":"\n\n","b":"1"}"#),
    ParseCase("clip with only empty lines", "a: |\n\n\nb: 1\n", #"{"a":"","b":"1"}"#),
    ParseCase("empty literal at end of input", "a: |-\n", #"{"a":""}"#),
    ParseCase("empty folded before a key", "a: >\nb: 1\n", #"{"a":"","b":"1"}"#),
    ParseCase("no final line break clips to none", "a: |\n  one\n  two", #"{"a":"one\ntwo"}"#),
    ParseCase("no final line break with keep", "a: |+\n  one", #"{"a":"one"}"#),
    ParseCase(
      "white-only line more indented is content",
      "a: |\n  one\n     \n  two\n",
      #"{"a":"one\n   \ntwo\n"}"#
    ),
    ParseCase(
      "white-only line less indented is empty",
      "a: |\n    one\n  \n    two\n",
      #"{"a":"one\n\ntwo\n"}"#
    ),
    ParseCase(
      "tab inside content",
      "a: |\n  \tone\n  two\tthree\n",
      #"{"a":"\tone\ntwo\tthree\n"}"#
    ),
    ParseCase("explicit indentation", "a: |2\n    one\n  two\n", #"{"a":"  one\ntwo\n"}"#),
    ParseCase(
      "explicit indentation with strip",
      "a: |2-\n    one\n  two\n",
      #"{"a":"  one\ntwo"}"#
    ),
    ParseCase("indicators in either order", "a: |-2\n    one\n", #"{"a":"  one"}"#),
    ParseCase("explicit indentation with keep", "a: >+1\n  one\n\n", #"{"a":" one\n\n"}"#),
    ParseCase(
      "explicit indentation under a nested key",
      "a:\n  b: |1\n    one\n",
      #"{"a":{"b":" one\n"}}"#
    ),
    ParseCase("explicit indentation keeps leading spaces", "a: |1\n\n   x\n", #"{"a":"\n  x\n"}"#),
    ParseCase("folded joins lines", "a: >\n  one\n  two\n", #"{"a":"one two\n"}"#),
    ParseCase("folded empty line is a line feed", "a: >\n  one\n\n  two\n", #"{"a":"one\ntwo\n"}"#),
    ParseCase("folded two empty lines", "a: >\n  one\n\n\n  two\n", #"{"a":"one\n\ntwo\n"}"#),
    ParseCase(
      "folded keeps more-indented lines",
      "a: >\n  one\n\n  two\n    three\n  four\n",
      #"{"a":"one\ntwo\n  three\nfour\n"}"#
    ),
    ParseCase(
      "folded more-indented with empty lines",
      "a: >\n  one\n\n    two\n\n  three\n",
      #"{"a":"one\n\n  two\n\nthree\n"}"#
    ),
    ParseCase(
      "folded line starting with a tab is kept",
      "a: >\n  one\n  \ttwo\n  three\n",
      #"{"a":"one\n\ttwo\nthree\n"}"#
    ),
    ParseCase("folded leading empty lines", "a: >\n\n  one\n", #"{"a":"\none\n"}"#),
    ParseCase("folded strip", "a: >-\n  one\n  two\n\n", #"{"a":"one two"}"#),
    ParseCase("folded keep", "a: >+\n  one\n\n", #"{"a":"one\n\n"}"#),
    ParseCase("folded trailing spaces kept", "a: >\n  one  \n  two\n", #"{"a":"one   two\n"}"#),
    ParseCase("comment after the header", "a: | # note\n  one\n", #"{"a":"one\n"}"#),
    ParseCase(
      "comment after the content",
      "a: |\n  one\n# note\nb: 2\n",
      #"{"a":"one\n","b":"2"}"#
    ),
    ParseCase(
      "indented comment after the content is content",
      "a: |\n  one\n  # two\n",
      #"{"a":"one\n# two\n"}"#
    ),
    ParseCase("in a sequence", "- |\n  one\n- >\n  two\n  three\n", #"["one\n","two three\n"]"#),
    ParseCase("in a compact mapping", "- a: |\n    one\n  b: 2\n", #"[{"a":"one\n","b":"2"}]"#),
    ParseCase("header on its own line", "a:\n  |\n   one\n", #"{"a":"one\n"}"#),
    ParseCase("ends at a document marker", "a: |\n  one\n...\n", #"{"a":"one\n"}"#),
    ParseCase(
      "CRLF content",
      "a: |\r\n  one\r\n  two\r\n\r\nb: >\r\n  x\r\n  y\r\n",
      #"{"a":"one\ntwo\n","b":"x y\n"}"#
    ),
    ParseCase("emoji content", "a: >\n  🛠️ one\n  two 😀\n", #"{"a":"🛠️ one two 😀\n"}"#),
  ]

  /// A last line of only spaces without a line break reads as it would with one: as an empty
  /// line, or, indented more than the text, as a line of spaces. yaml-test-suite JEF9/02 and
  /// L24T/01 have this shape.
  static let lastLineOfSpaces: [ParseCase] = [
    // yaml-test-suite JEF9/02
    ParseCase("keep with only a line of spaces", "a: |+\n    ", #"{"a":"\n"}"#),
    ParseCase("keep after text", "a: |+\n  one\n ", #"{"a":"one\n\n"}"#),
    ParseCase("keep after an empty line", "a: >+\n  one\n\n  ", #"{"a":"one\n\n\n"}"#),
    ParseCase("clip at the indentation", "a: |\n  one\n  ", #"{"a":"one\n"}"#),
    // yaml-test-suite L24T/01
    ParseCase(
      "clip indented more than the text",
      "key: |\n  text\n     ",
      #"{"key":"text\n   \n"}"#
    ),
    ParseCase("strip indented more than the text", "a: |-\n  one\n    ", #"{"a":"one\n  "}"#),
    ParseCase("folded indented more than the text", "a: >\n  one\n   ", #"{"a":"one\n \n"}"#),
    ParseCase("in a sequence", "- |\n  one\n   ", #"["one\n \n"]"#),
    ParseCase("CRLF before it", "a: |\r\n  one\r\n   ", #"{"a":"one\n \n"}"#),
  ]

  @Test(arguments: lastLineOfSpaces)
  func readsLastLineOfSpacesAsIfItEndedWithABreak(_ testCase: ParseCase) {
    expectYAML(testCase.yaml, parsesAs: testCase.expected)
    expectYAML(testCase.yaml + "\n", parsesAs: testCase.expected)
  }

  @Test func lastLineOfTextWithoutABreakStillHasNone() {
    expectYAML("a: |\n  one  ", parsesAs: #"{"a":"one  "}"#)
    expectYAML("a: |\n  one \t ", parsesAs: #"{"a":"one \t "}"#)
  }

  @Test(arguments: cases)
  func parses(_ testCase: ParseCase) {
    expectYAML(testCase.yaml, parsesAs: testCase.expected)
  }

  @Test func styles() {
    expectValue(of: "a", in: "a: |\n  x\n", text: "x\n", style: .literal)
    expectValue(of: "a", in: "a: >\n  x\n", text: "x\n", style: .folded)
  }

  @Test func longLiteral() throws {
    let lines = (0..<10_000).map { "line \($0) with some text" }
    let yaml = "a: |\n" + lines.map { "  " + $0 + "\n" }.joined()
    let text = try #require(parsed(yaml)?.mapping?["a"]?.scalar?.text)
    #expect(text == lines.joined(separator: "\n") + "\n")
  }
}
