import Testing
import YAMLSubset

@Suite struct RefusalTests {
  static let outsideTheSubset: [RefusalCase] = [
    RefusalCase("anchor on a value", "a: 1️⃣&x 1\n", .anchorOrAlias),
    RefusalCase("anchor on a key", "1️⃣&x a: 1\n", .anchorOrAlias),
    RefusalCase("anchor on a collection", "a: 1️⃣&x\n  b: 1\n", .anchorOrAlias),
    RefusalCase("alias", "a: 1️⃣*x\n", .anchorOrAlias),
    RefusalCase("alias in a sequence", "- 1️⃣*x\n", .anchorOrAlias),
    RefusalCase("anchor in a flow sequence", "a: [1, 1️⃣&x 2]\n", .anchorOrAlias),
    RefusalCase("tag", "a: 1️⃣!x 1\n", .tag),
    RefusalCase("standard tag", "a: 1️⃣!!str 1\n", .tag),
    RefusalCase("tag in a flow mapping", "a: {b: 1️⃣!!int 1}\n", .tag),
    RefusalCase("tag on a key", "1️⃣!!str a: 1\n", .tag),
    RefusalCase("complex key", "1️⃣? a\n: b\n", .complexKey),
    RefusalCase("complex key in a sequence", "- 1️⃣? a\n", .complexKey),
    RefusalCase("complex key in a flow mapping", "{1️⃣? a: b}\n", .complexKey),
    RefusalCase("complex key in a flow sequence", "[1️⃣? a]\n", .complexKey),
    RefusalCase("flow sequence as a key", "1️⃣[a]: b\n", .complexKey),
    RefusalCase("flow mapping as a key", "1️⃣{a: 1}: b\n", .complexKey),
    RefusalCase("flow sequence as a later key", "a: 1\n1️⃣[b]: c\n", .complexKey),
    RefusalCase("flow key inside a flow mapping", "{1️⃣[a]: b}\n", .complexKey),
    RefusalCase("flow key inside a flow sequence", "[1️⃣[a]: b]\n", .complexKey),
    RefusalCase("YAML directive", "1️⃣%YAML 1.2\n---\na: 1\n", .directive),
    RefusalCase("TAG directive after a comment", "# c\n1️⃣%TAG ! tag:x,2000:\n---\n", .directive),
    RefusalCase("directive after the end marker", "a: 1\n...\n1️⃣%YAML 1.2\n", .directive),
    RefusalCase("second start marker", "a: 1\n1️⃣---\nb: 2\n", .multipleDocuments),
    RefusalCase("two start markers", "---\n1️⃣---\n", .multipleDocuments),
    RefusalCase("content after the end marker", "a: 1\n...\n1️⃣b: 2\n", .multipleDocuments),
    RefusalCase("start marker after the end marker", "---\na: 1\n...\n1️⃣---\n", .multipleDocuments),
    RefusalCase("second document after a sequence", "- a\n1️⃣--- \n- b\n", .multipleDocuments),
    RefusalCase("at sign", "a: 1️⃣@x\n", .reservedIndicator("@")),
    RefusalCase("backtick", "a: 1️⃣`x`\n", .reservedIndicator("`")),
    RefusalCase("at sign as a key", "1️⃣@a: 1\n", .reservedIndicator("@")),
    RefusalCase("backtick in a flow sequence", "[a, 1️⃣`b`]\n", .reservedIndicator("`")),
    RefusalCase("percent", "a: 1️⃣%x\n", .indicatorStartsPlainScalar("%")),
    RefusalCase("comma", "a: 1️⃣, x\n", .indicatorStartsPlainScalar(",")),
    RefusalCase("closing bracket", "a: 1️⃣]\n", .indicatorStartsPlainScalar("]")),
    RefusalCase("closing brace", "- 1️⃣}\n", .indicatorStartsPlainScalar("}")),
    RefusalCase("dash entry in a flow", "[1️⃣- a]\n", .indicatorStartsPlainScalar("-")),
    RefusalCase("lone dash in a flow", "[a, 1️⃣-]\n", .indicatorStartsPlainScalar("-")),
    RefusalCase("percent after a start marker", "---\n1️⃣%x\n", .indicatorStartsPlainScalar("%")),
    RefusalCase("block scalar as a key", "a: 1\n1️⃣|\n", .indicatorStartsPlainScalar("|")),
  ]

  static let indentation: [RefusalCase] = [
    RefusalCase("tab indenting a key", "a:\n1️⃣\tb: 1\n", .tabIndentation),
    RefusalCase("tab after spaces indenting a key", "a:\n  1️⃣\tb: 1\n", .tabIndentation),
    RefusalCase("tab indenting an entry", "- a\n1️⃣\t- b\n", .tabIndentation),
    RefusalCase("tab before a compact mapping", "-1️⃣\ta: 1\n", .tabIndentation),
    RefusalCase("tab before a compact sequence", "- 1️⃣\t- a\n", .tabIndentation),
    RefusalCase("tab indenting a continuation", "a: b\n  1️⃣\tc\n", .tabIndentation),
    RefusalCase("tab indenting a block scalar", "a: |\n  x\n 1️⃣\ty\n", .tabIndentation),
    RefusalCase("tab in a block scalar's first line", "a: >\n1️⃣\tx\n", .tabIndentation),
    RefusalCase(
      "tab in a white-only block scalar line",
      "a: |\n    x\n  1️⃣\t\n    y\n",
      .tabIndentation
    ),
    RefusalCase("tab indenting a flow line", "a: [b,\n 1️⃣\tc]\n", .tabIndentation),
    RefusalCase("tab indenting a quoted line", "a: 'b\n 1️⃣\tc'\n", .tabIndentation),
    RefusalCase("tab indenting the root", "1️⃣\ta: 1\n", .tabIndentation),
    RefusalCase(
      "key indented less than its siblings",
      "a:\n  b: 1\n 1️⃣c: 2\n",
      .unexpectedIndentation(expectedColumn: 1)
    ),
    RefusalCase(
      "entry indented less than its siblings",
      "key:\n    - x\n  1️⃣- y\n",
      .unexpectedIndentation(expectedColumn: 1)
    ),
    RefusalCase(
      "key indented under a quoted value",
      "a: 'x'\n  1️⃣b: 1\n",
      .unexpectedIndentation(expectedColumn: 1)
    ),
    RefusalCase(
      "entry indented under a quoted entry",
      "- 'a'\n  1️⃣- b\n",
      .unexpectedIndentation(expectedColumn: 1)
    ),
    RefusalCase(
      "key indented under a flow value",
      "- a: [x]\n    1️⃣b: 1\n",
      .unexpectedIndentation(expectedColumn: 3)
    ),
    RefusalCase(
      "line indented under a block scalar",
      "a: |\n  x\n 1️⃣y\n",
      .unexpectedIndentation(expectedColumn: 1)
    ),
    RefusalCase(
      "line after an indented root",
      "  a: 1\n1️⃣b: 2\n",
      .unexpectedIndentation(expectedColumn: 3)
    ),
    RefusalCase("value continuing as a key", "a: b\n  c1️⃣: d\n", .multilineKey(keyLine: 1)),
    RefusalCase(
      "over-indented key after a value",
      "a:\n  b: 1\n   c1️⃣: 2\n",
      .multilineKey(keyLine: 2)
    ),
    RefusalCase("quoted key over two lines", "\"a\n b\"1️⃣: c\n", .multilineKey(keyLine: 1)),
    RefusalCase("flow pair key over two lines", "[a\n b1️⃣: c]\n", .multilineKey(keyLine: 1)),
    RefusalCase("mapping on a key's line", "a: 1️⃣b: c\n", .nestedMappingOnKeyLine),
    RefusalCase("quoted mapping on a key's line", "a: 1️⃣'b': c\n", .nestedMappingOnKeyLine),
    RefusalCase("mapping on a compact key's line", "- a: 1️⃣b: c\n", .nestedMappingOnKeyLine),
    RefusalCase("sequence on a key's line", "a: 1️⃣- b\n", .sequenceOnKeyLine),
    RefusalCase("entry among keys", "a: 1\n1️⃣- b\n", .sequenceEntryInMapping),
    RefusalCase("line without a colon", "a: 1\nb1️⃣\n", .missingColonAfterKey("b")),
    RefusalCase(
      "line without a colon before a key",
      "a: 1\nb c1️⃣\nd: 2\n",
      .missingColonAfterKey("b c")
    ),
    RefusalCase("quoted line without a colon", "a: 1\n'b'1️⃣\n", .missingColonAfterKey("b")),
    RefusalCase(
      "entry of a compact mapping without a colon",
      "- a: 1\n  b1️⃣\n",
      .missingColonAfterKey("b")
    ),
    RefusalCase("empty key", "1️⃣: a\n", .emptyKey),
    RefusalCase("empty key after a key", "a: 1\n1️⃣:\n", .emptyKey),
    RefusalCase("empty key in a flow mapping", "{1️⃣: a}\n", .emptyKey),
    RefusalCase("empty key in a flow sequence", "[1️⃣: a]\n", .emptyKey),
  ]

  static let malformed: [RefusalCase] = [
    RefusalCase("duplicate key", "a: 1\n1️⃣a: 2\n", .duplicateKey("a", firstLine: 1)),
    RefusalCase(
      "duplicate nested key",
      "top:\n  a: 1\n  b: 2\n  1️⃣a: 3\n",
      .duplicateKey("a", firstLine: 2)
    ),
    RefusalCase("duplicate key quoted once", "a: 1\n1️⃣'a': 2\n", .duplicateKey("a", firstLine: 1)),
    RefusalCase("duplicate integer key", "1: a\n1️⃣01: b\n", .duplicateKey("01", firstLine: 1)),
    RefusalCase(
      "duplicate hex integer key",
      "16: a\n1️⃣0x10: b\n",
      .duplicateKey("0x10", firstLine: 1)
    ),
    RefusalCase("duplicate null key", "~: a\n1️⃣null: b\n", .duplicateKey("null", firstLine: 1)),
    RefusalCase(
      "duplicate boolean key",
      "true: a\n1️⃣True: b\n",
      .duplicateKey("True", firstLine: 1)
    ),
    RefusalCase("duplicate flow key", "{a: 1, b: 2, 1️⃣a: 3}\n", .duplicateKey("a", firstLine: 1)),
    RefusalCase("duplicate flow key without value", "{a, 1️⃣a}\n", .duplicateKey("a", firstLine: 1)),
    RefusalCase(
      "duplicate key in a wide mapping",
      (0..<20).map { "k\($0): v\n" }.joined() + "1️⃣k3: again\n",
      .duplicateKey("k3", firstLine: 4)
    ),
    RefusalCase(
      "duplicate integer key in a wide mapping",
      (0..<20).map { "\($0): v\n" }.joined() + "1️⃣0x3: again\n",
      .duplicateKey("0x3", firstLine: 4)
    ),
    RefusalCase("invalid escape", "a: \"x1️⃣\\q\"\n", .invalidEscape("\\q")),
    RefusalCase("short hex escape", "a: \"1️⃣\\x4G\"\n", .invalidEscape("\\x4G")),
    RefusalCase("short unicode escape", "a: \"1️⃣\\u12\"\n", .invalidEscape("\\u12\"")),
    RefusalCase("surrogate escape", "a: \"1️⃣\\uD800\"\n", .invalidEscape("\\uD800")),
    RefusalCase("escape beyond Unicode", "a: \"1️⃣\\U00110000\"\n", .invalidEscape("\\U00110000")),
    RefusalCase("escape of a non-ASCII character", "a: \"é1️⃣\\é\"\n", .invalidEscape("\\é")),
    RefusalCase("escape at a line end in a key", "\"a1️⃣\\z\": 1\n", .invalidEscape("\\z")),
    RefusalCase("unexpected text after a quoted value", "a: \"x\" 1️⃣y\n", .unexpectedContent),
    RefusalCase("unexpected text after a flow value", "a: [x] 1️⃣y\n", .unexpectedContent),
    RefusalCase("extra closing bracket", "a: [x]1️⃣]\n", .unexpectedContent),
    RefusalCase("text after a root flow collection", "[a]\n1️⃣b\n", .unexpectedContent),
    RefusalCase("text after a root scalar and comment", "a # c\n1️⃣b\n", .unexpectedContent),
    RefusalCase("comment touching a quoted value", "a: \"x\"1️⃣#c\n", .commentWithoutSpace),
    RefusalCase("comment touching a flow value", "a: [x]1️⃣#c\n", .commentWithoutSpace),
    RefusalCase("comment touching a flow entry", "[\"x\"1️⃣#c\n]\n", .commentWithoutSpace),
    RefusalCase(
      "empty flow entry",
      "a: [x,1️⃣,y]\n",
      .syntax("expected a value before ','; remove the extra comma")
    ),
    RefusalCase(
      "flow with only a comma",
      "[1️⃣,]\n",
      .syntax("expected a value before ','; remove the extra comma")
    ),
    RefusalCase(
      "mismatched flow sequence",
      "[a1️⃣}\n",
      .syntax("expected ',' or ']' in the flow sequence")
    ),
    RefusalCase(
      "mismatched flow mapping",
      "{a: 11️⃣]\n",
      .syntax("expected ',' or '}' in the flow mapping")
    ),
    RefusalCase(
      "missing comma in a flow mapping reads on as text",
      "{a: 1 \"b\"1️⃣: 2}\n",
      .syntax("expected ',' or '}' in the flow mapping")
    ),
    RefusalCase(
      "block scalar in a flow",
      "[1️⃣|\n x]\n",
      .syntax("block scalars ('|', '>') cannot be used inside flow collections; quote the text")
    ),
    RefusalCase(
      "zero indentation indicator",
      "a: |1️⃣0\n",
      .syntax("a block scalar's indentation indicator must be 1 to 9, not 0")
    ),
    RefusalCase(
      "text after a block scalar header",
      "a: | 1️⃣x\n",
      .syntax("a block scalar's text starts on the line after its '|'; move it there")
    ),
    RefusalCase(
      "unknown block scalar indicator",
      "a: >1️⃣x\n",
      .syntax(
        "a block scalar header is '|' or '>', then at most a chomping indicator ('-' or '+') "
          + "and an indentation digit; remove the rest"
      )
    ),
    RefusalCase(
      "two chomping indicators",
      "a: |-1️⃣-\n",
      .syntax(
        "a block scalar header is '|' or '>', then at most a chomping indicator ('-' or '+') "
          + "and an indentation digit; remove the rest"
      )
    ),
    RefusalCase(
      "leading empty line indented more than the text",
      "a: |\n  1️⃣ \n  x\n",
      .syntax(
        "a leading empty line of this block scalar has more spaces than its first line; remove "
          + "them, or give the indentation with an indicator such as '|2'"
      )
    ),
    RefusalCase(
      "block scalar as the whole document",
      "1️⃣|\n  text\n",
      .syntax("a block scalar cannot be the whole document; put it under a key")
    ),
    RefusalCase(
      "mapping on the start marker line",
      "--- 1️⃣a: 1\n",
      .syntax("a block mapping cannot start on the line of '---'; move it to the next line")
    ),
    RefusalCase(
      "sequence on the start marker line",
      "--- 1️⃣- a\n",
      .syntax("a block sequence cannot start on the line of '---'; move it to the next line")
    ),
    RefusalCase(
      "block scalar on the start marker line",
      "--- 1️⃣|\n  x\n",
      .syntax("a block scalar cannot be the whole document; put it under a key")
    ),
    RefusalCase(
      "second document after content on the marker line",
      "--- a\n1️⃣---\n",
      .multipleDocuments
    ),
    RefusalCase(
      "text after the end marker",
      "a: 1\n... 1️⃣x\n",
      .syntax("unexpected text after '...'; remove it")
    ),
  ]

  @Test(arguments: outsideTheSubset)
  func refusesConstructOutsideTheSubset(_ testCase: RefusalCase) {
    expectError(testCase.yaml, testCase.reason)
  }

  @Test(arguments: indentation)
  func refusesBadIndentation(_ testCase: RefusalCase) {
    expectError(testCase.yaml, testCase.reason)
  }

  @Test(arguments: malformed)
  func refusesMalformedYAML(_ testCase: RefusalCase) {
    expectError(testCase.yaml, testCase.reason)
  }
}
