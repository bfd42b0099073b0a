import TestSupport
import Testing
import YAMLSubset

@Suite struct FlowCollectionTests {
  static let cases: [ParseCase] = [
    ParseCase("sequence of scalars", #"a: [a, "b c", 3]\#n"#, #"{"a":["a","b c","3"]}"#),
    ParseCase("mapping of scalars", "a: {a: 1, b: two}\n", #"{"a":{"a":"1","b":"two"}}"#),
    ParseCase("empty collections", "a: []\nb: {}\n", #"{"a":[],"b":{}}"#),
    ParseCase("empty collections with spaces", "a: [ ]\nb: { }\n", #"{"a":[],"b":{}}"#),
    ParseCase(
      "nested",
      "a: [b, [c, [d]], {e: [f, {g: h}]}]\n",
      #"{"a":["b",["c",["d"]],{"e":["f",{"g":"h"}]}]}"#
    ),
    ParseCase("nested empty", "a: [[], {}, [[]]]\n", #"{"a":[[],{},[[]]]}"#),
    ParseCase("trailing comma in a sequence", "a: [a, b,]\n", #"{"a":["a","b"]}"#),
    ParseCase("trailing comma in a mapping", "a: {a: 1,}\n", #"{"a":{"a":"1"}}"#),
    ParseCase("entry without a value", "a: {a, b: 1}\n", #"{"a":{"a":"","b":"1"}}"#),
    ParseCase("empty values", "a: {a: , b:}\n", #"{"a":{"a":"","b":""}}"#),
    ParseCase("no spaces", "a: [a,b,c]\n", #"{"a":["a","b","c"]}"#),
    ParseCase("colon without space is text", "a: {a:1}\n", #"{"a":{"a:1":""}}"#),
    ParseCase("JSON-like quoted keys", #"a: {"a":1, 'b':2}\#n"#, #"{"a":{"a":"1","b":"2"}}"#),
    ParseCase(
      "quoted entries with indicators",
      #"a: ["a, b", 'c]d', "{e}"]\#n"#,
      #"{"a":["a, b","c]d","{e}"]}"#
    ),
    ParseCase(
      "plain entries with inner indicators",
      "a: [a#b, c:d, -e, :g]\n",
      #"{"a":["a#b","c:d","-e",":g"]}"#
    ),
    ParseCase("single pair in a sequence", "a: [a: 1, b]\n", #"{"a":[{"a":"1"},"b"]}"#),
    ParseCase("single pair without a value", "a: [a: , b:]\n", #"{"a":[{"a":""},{"b":""}]}"#),
    ParseCase("quoted single pair", #"a: ["a":b]\#n"#, #"{"a":[{"a":"b"}]}"#),
    ParseCase("over several lines", "a: [\n    a,\n    b\n  ]\n", #"{"a":["a","b"]}"#),
    ParseCase(
      "mapping over several lines",
      "a: {\n    a: 1,\n    b: 2,\n  }\n",
      #"{"a":{"a":"1","b":"2"}}"#
    ),
    ParseCase("comments inside", "a: [a, # one\n  b # two\n  ]\n", #"{"a":["a","b"]}"#),
    ParseCase(
      "plain scalar folded inside",
      "a: [one\n  two, three]\n",
      #"{"a":["one two","three"]}"#
    ),
    ParseCase(
      "quoted scalar folded inside",
      "a: ['one\n  two', \"x\"]\n",
      #"{"a":["one two","x"]}"#
    ),
    ParseCase("root sequence", "[a, b]\n", #"["a","b"]"#),
    ParseCase("root mapping over lines at column 1", "{\na: 1,\nb: 2\n}\n", #"{"a":"1","b":"2"}"#),
    ParseCase("in a block sequence", "- [a, b]\n- {c: d}\n", #"[["a","b"],{"c":"d"}]"#),
    ParseCase("comment after", "a: [a] # note\n", #"{"a":["a"]}"#),
    ParseCase("emoji entries", "a: [😀, \"🛠️\", é]\n", #"{"a":["😀","🛠️","é"]}"#),
    ParseCase("tabs as separation", "a: [a,\tb ,\tc]\n", #"{"a":["a","b","c"]}"#),
    ParseCase("CRLF inside", "a: [a,\r\n  b]\r\n", #"{"a":["a","b"]}"#),
  ]

  @Test(arguments: cases)
  func parses(_ testCase: ParseCase) {
    expectYAML(testCase.yaml, parsesAs: testCase.expected)
  }

  @Test func entryWithoutValueIsNull() throws {
    let mapping = try #require(parsed("{a, b: 1}\n")?.mapping)
    #expect(mapping["a"]?.scalar?.isNull == true)
    #expect(mapping["b"]?.scalar?.value == .int(1))
  }

  @Test(.tags(.stress)) func longSingleLineSequence() throws {
    let count = Stress.size(quick: 10_000, full: 200_000)
    let yaml = "a: [" + (0..<count).map { "item\($0)" }.joined(separator: ", ") + "]\n"
    let items = try #require(parsed(yaml)?.mapping?["a"]?.sequence?.items)
    #expect(items.count == count)
    #expect(items.last?.scalar?.text == "item\(count - 1)")
    // Positions stay exact far along the line.
    let last = try #require(items.last?.scalar?.position)
    #expect(last.line == 1)
    #expect(last.column == yaml.utf8.count - "item\(count - 1)]\n".utf8.count + 1)
  }
}
