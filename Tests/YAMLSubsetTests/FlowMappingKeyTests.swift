import Testing
import YAMLSubset

/// Keys of flow mappings that span lines or start with `?`: valid YAML 1.2 that the official
/// test suite checks (the ids in the comments name its cases; the inputs here are our own).
@Suite struct FlowMappingKeyTests {
  static let cases: [ParseCase] = [
    // yaml-test-suite 4MUZ/00
    ParseCase("quoted key, colon on the next line", "{\"name\"\n: \"Ada\"}\n", #"{"name":"Ada"}"#),
    // yaml-test-suite 4MUZ/01
    ParseCase(
      "quoted key, colon and plain value on the next line",
      "{\"name\"\n: Ada}\n",
      #"{"name":"Ada"}"#
    ),
    // yaml-test-suite 4MUZ/02
    ParseCase("plain key, colon on the next line", "{name\n: Ada}\n", #"{"name":"Ada"}"#),
    // yaml-test-suite 5MUD
    ParseCase(
      "quoted key, adjacent value on the next line",
      "---\n{ \"name\"\n  :Ada }\n",
      #"{"name":"Ada"}"#
    ),
    // yaml-test-suite K3WX
    ParseCase(
      "quoted key, comment, adjacent value on the next line",
      "{ \"name\" # who\n  :Ada }\n",
      #"{"name":"Ada"}"#
    ),
    // yaml-test-suite 9SA2
    ParseCase(
      "double-quoted key over two lines",
      "- { \"first\n  last\": Ada }\n",
      #"[{"first last":"Ada"}]"#
    ),
    ParseCase(
      "single-quoted key over two lines",
      "- { 'first\n\n  last': Ada }\n",
      #"[{"first\nlast":"Ada"}]"#
    ),
    // yaml-test-suite NJ66
    ParseCase(
      "plain key over two lines",
      "- { first\n  last: Ada, role: x }\n",
      #"[{"first last":"Ada","role":"x"}]"#
    ),
    // yaml-test-suite VJP3/01
    ParseCase(
      "key, colon and value on lines of their own",
      "levels: {\n  name\n  :\n  Ada\n  }\n",
      #"{"levels":{"name":"Ada"}}"#
    ),
    ParseCase(
      "colon on the next line before a nested flow value",
      "{name\n  : [Ada, Grace]}\n",
      #"{"name":["Ada","Grace"]}"#
    ),
    ParseCase(
      "plain key, then a colon with text after it, is one key",
      "{ name\n  :Ada }\n",
      #"{"name :Ada":""}"#
    ),
    // yaml-test-suite 652Z
    ParseCase(
      "question mark starting a key",
      "{ ?name: Ada,\nrole: 42\n}\n",
      #"{"?name":"Ada","role":"42"}"#
    ),
    ParseCase("question mark starting a value", "{name: ?Ada}\n", #"{"name":"?Ada"}"#),
    ParseCase(
      "question mark and adjacent colon are one key",
      "{ ?name :Ada }\n",
      #"{"?name :Ada":""}"#
    ),
    // yaml-test-suite HM87/01
    ParseCase("question mark starting a sequence entry", "[?x, ??]\n", #"["?x","??"]"#),
    ParseCase("question mark starting a single pair", "[?x: 1]\n", #"[{"?x":"1"}]"#),
  ]

  @Test(arguments: cases)
  func parses(_ testCase: ParseCase) {
    expectYAML(testCase.yaml, parsesAs: testCase.expected)
  }

  static let refused: [RefusalCase] = [
    // A single pair in a flow sequence keeps its key and `:` on one line (YAML 1.2.2
    // `ns-s-implicit-yaml-key`), as a block mapping does.
    RefusalCase("single pair key over two lines", "[a\n b1️⃣: c]\n", .multilineKey(keyLine: 1)),
    RefusalCase("single pair colon on the next line", "[a\n 1️⃣: c]\n", .multilineKey(keyLine: 1)),
    RefusalCase(
      "quoted single pair colon on the next line",
      "[\"a\"\n 1️⃣: c]\n",
      .multilineKey(keyLine: 1)
    ),
    RefusalCase(
      "key over two lines, twice",
      "{a\n b: 1, 1️⃣a b: 2}\n",
      .duplicateKey("a b", firstLine: 1)
    ),
    // `?` followed by a space or a flow indicator is an explicit key, outside the subset.
    RefusalCase("explicit key in a flow mapping", "{1️⃣? a: b}\n", .complexKey),
    RefusalCase("explicit empty key in a flow sequence", "[1️⃣?]\n", .complexKey),
    RefusalCase("explicit key before a comma", "{a: 1, 1️⃣?, b: 2}\n", .complexKey),
  ]

  @Test(arguments: refused)
  func refuses(_ testCase: RefusalCase) {
    expectError(testCase.yaml, testCase.reason)
  }
}
