import Testing
import YAMLSubset

@Suite struct BlockCollectionTests {
  static let cases: [ParseCase] = [
    ParseCase("mapping", "a: 1\nb: two\n", #"{"a":"1","b":"two"}"#),
    ParseCase("nested mapping", "a:\n  b: 1\n  c: 2\nd: 3\n", #"{"a":{"b":"1","c":"2"},"d":"3"}"#),
    ParseCase(
      "deeply indented mapping",
      "a:\n    b:\n        c: 1\n    d: 2\n",
      #"{"a":{"b":{"c":"1"},"d":"2"}}"#
    ),
    ParseCase("sequence", "- a\n- b\n", #"["a","b"]"#),
    ParseCase("sequence under a key, indented", "a:\n  - x\n  - y\n", #"{"a":["x","y"]}"#),
    ParseCase(
      "sequence at the same indentation as its key",
      "content:\n- level: 1\n- level: 2\nnext: x\n",
      #"{"content":[{"level":"1"},{"level":"2"}],"next":"x"}"#
    ),
    ParseCase(
      "sequence of mappings with nested keys",
      "- level: 1\n  criteria:\n    - a\n    - b\n- level: 2\n  criteria:\n  - c\n",
      #"[{"level":"1","criteria":["a","b"]},{"level":"2","criteria":["c"]}]"#
    ),
    ParseCase(
      "framework shape",
      """
      topics:
        - name: "communication"
          title:
          content:
            - level: 1
              criteria:
                - "Provides updates"
              exampleCriteria:
                - criteria: "Gives feedback"
                  examples:
                    - "An example"
      levels: 6

      """,
      #"{"topics":[{"name":"communication","title":"","content":[{"level":"1","criteria":["Provides updates"],"exampleCriteria":[{"criteria":"Gives feedback","examples":["An example"]}]}]}],"levels":"6"}"#
    ),
    ParseCase("nested sequences on one line", "- - a\n  - b\n- c\n", #"[["a","b"],"c"]"#),
    ParseCase("three nested sequences", "- - - x\n    - y\n  - z\n", #"[[["x","y"],"z"]]"#),
    ParseCase(
      "compact mapping in a sequence",
      "- a: 1\n  b: 2\n- c: 3\n",
      #"[{"a":"1","b":"2"},{"c":"3"}]"#
    ),
    ParseCase(
      "compact mapping after extra spaces",
      "-   a: 1\n    b: 2\n",
      #"[{"a":"1","b":"2"}]"#
    ),
    ParseCase("sequence in a compact mapping", "- a:\n  - x\n  - y\n", #"[{"a":["x","y"]}]"#),
    ParseCase("empty values are empty", "a:\nb:\n", #"{"a":"","b":""}"#),
    ParseCase(
      "empty value before a less indented key",
      "a:\n  b:\nc: 1\n",
      #"{"a":{"b":""},"c":"1"}"#
    ),
    ParseCase("empty sequence entries", "-\n- x\n- \n", #"["","x",""]"#),
    ParseCase("empty entry then a sibling", "-\n- a\n", #"["","a"]"#),
    ParseCase("entry value on the next line", "-\n  a\n", #"["a"]"#),
    ParseCase("entry mapping on the next line", "-\n  a: 1\n  b: 2\n", #"[{"a":"1","b":"2"}]"#),
    ParseCase("value mapping after a comment", "a: # note\n  b: 1\n", #"{"a":{"b":"1"}}"#),
    ParseCase("entry after a comment", "- # note\n  x\n", #"["x"]"#),
    ParseCase(
      "comments and blank lines anywhere",
      "# head\n\na: 1 # trailing\n\n  # indented comment\nb:\n  # inside\n  - x # item\n\n  - y\n# tail\n",
      #"{"a":"1","b":["x","y"]}"#
    ),
    ParseCase(
      "comment lines with tabs",
      "a: 1\n\t# tabbed comment\n \t \nb: 2\n",
      #"{"a":"1","b":"2"}"#
    ),
    ParseCase("tab after the colon", "a:\tb\n", #"{"a":"b"}"#),
    ParseCase("tab after the dash before a scalar", "-\tb\n", #"["b"]"#),
    ParseCase("white space before the colon", "a  : 1\n\"b\"\t: 2\n", #"{"a":"1","b":"2"}"#),
    ParseCase("quoted keys", "\"a b\": 1\n'c: d': 2\n\"\": 3\n", #"{"a b":"1","c: d":"2","":"3"}"#),
    ParseCase("keys with colons inside", "a:b: 1\nhttp://x: 2\n", #"{"a:b":"1","http://x":"2"}"#),
    ParseCase("non-ASCII keys", "café: 1\n😀: 2\n", #"{"café":"1","😀":"2"}"#),
    ParseCase("indented root mapping", "  a: 1\n  b: 2\n", #"{"a":"1","b":"2"}"#),
    ParseCase("indented root sequence", "  - a\n  - b\n", #"["a","b"]"#),
    ParseCase(
      "flow values in a block mapping",
      "a: [1, 2]\nb: {c: d}\n",
      #"{"a":["1","2"],"b":{"c":"d"}}"#
    ),
    ParseCase("flow value on the next line", "a:\n  [1, 2]\n", #"{"a":["1","2"]}"#),
    ParseCase("no final line break", "a: 1\nb: 2", #"{"a":"1","b":"2"}"#),
    ParseCase("no final line break after an empty value", "a:", #"{"a":""}"#),
    ParseCase("CRLF line endings", "a: 1\r\nb:\r\n  - x\r\n  - y\r\n", #"{"a":"1","b":["x","y"]}"#),
  ]

  @Test(arguments: cases)
  func parses(_ testCase: ParseCase) {
    expectYAML(testCase.yaml, parsesAs: testCase.expected)
  }

  @Test func mappingKeepsSourceOrderAndLooksUpByKey() throws {
    let mapping = try #require(parsed("z: 1\na: 2\nm: 3\n")?.mapping)
    #expect(mapping.entries.map(\.key.text) == ["z", "a", "m"])
    #expect(mapping["a"]?.scalar?.text == "2")
    #expect(mapping["missing"] == nil)
  }

  @Test func emptyValueIsNullPlainScalar() throws {
    let value = try #require(parsed("title:\n")?.mapping?["title"]?.scalar)
    #expect(value.text == "")
    #expect(value.style == .plain)
    #expect(value.isNull)
  }

  @Test func itemsAndEntriesHaveNoSpareCapacity() throws {
    let items = try #require(parsed("- a\n- b\n- c\n")?.sequence?.items)
    #expect(items.count == 3)
    #expect(items.capacity < 8)
  }
}
