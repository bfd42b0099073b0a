import TestSupport
import Testing
import YAMLSubset

/// Quoted scalars and flow collections that are never closed, or whose lines are not indented
/// enough: the error is where the parser finds out, and its message says where the value opened
/// (marker `2️⃣`).
@Suite struct UnclosedValueTests {
  /// A named input with `1️⃣` at the error and `2️⃣` at the opening quote or bracket.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var yaml: String
    var reason: @Sendable (SourcePosition) -> YAMLError.Reason
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "double quote at the end", yaml: "a: 2️⃣\"abc\n1️⃣") {
      .unclosedQuote("\"", openedAt: $0)
    },
    Case(name: "single quote at the end", yaml: "a: 2️⃣'abc1️⃣") {
      .unclosedQuote("'", openedAt: $0)
    },
    Case(name: "quote with an escaped end", yaml: "a: 2️⃣\"abc\\\"1️⃣") {
      .unclosedQuote("\"", openedAt: $0)
    },
    Case(name: "backslash at the end", yaml: "a: 2️⃣\"abc\\1️⃣") {
      .unclosedQuote("\"", openedAt: $0)
    },
    Case(name: "quote at a start marker", yaml: "a: 2️⃣'abc\n1️⃣---\n") {
      .unclosedQuote("'", openedAt: $0)
    },
    Case(name: "quote at an end marker", yaml: "- 2️⃣\"abc\n\n1️⃣...\n") {
      .unclosedQuote("\"", openedAt: $0)
    },
    Case(name: "quote reaching a less indented key", yaml: "a: 2️⃣'abc\n1️⃣b: 1\n") {
      .underindentedContinuation(openedAt: $0, minimumColumn: 2)
    },
    Case(name: "quote reaching a sibling entry", yaml: "  - 2️⃣\"abc\n  1️⃣- x\"\n") {
      .underindentedContinuation(openedAt: $0, minimumColumn: 4)
    },
    Case(name: "sequence at the end", yaml: "a: 2️⃣[1, 2\n1️⃣") {
      .unclosedFlowCollection("[", openedAt: $0)
    },
    Case(name: "mapping at the end", yaml: "a: 2️⃣{b: 1,\n  c: 2\n1️⃣") {
      .unclosedFlowCollection("{", openedAt: $0)
    },
    Case(name: "outer sequence at the end", yaml: "2️⃣[a, [b]1️⃣") {
      .unclosedFlowCollection("[", openedAt: $0)
    },
    Case(name: "sequence at a start marker", yaml: "2️⃣[a,\n1️⃣---\n") {
      .unclosedFlowCollection("[", openedAt: $0)
    },
    Case(name: "closing bracket not indented", yaml: "a: 2️⃣[\n  b\n1️⃣]\n") {
      .underindentedContinuation(openedAt: $0, minimumColumn: 2)
    },
    Case(name: "flow line reaching a less indented key", yaml: "x:\n  a: 2️⃣{b: 1,\n  1️⃣c: 2}\n") {
      .underindentedContinuation(openedAt: $0, minimumColumn: 4)
    },
  ]

  @Test(arguments: cases)
  func refuses(_ testCase: Case) {
    let marked = MarkedText(testCase.yaml)
    expectError(marked, testCase.reason(marked[2]))
  }

  @Test func messagesSayWhereTheValueOpened() {
    let start = SourcePosition(line: 3, column: 7, offset: 20)
    #expect(
      YAMLError.Reason.unclosedQuote("\"", openedAt: start).message
        == "the double-quoted string that starts at line 3, column 7 is never closed; "
        + "add the closing quote"
    )
    #expect(
      YAMLError.Reason.unclosedQuote("'", openedAt: start).message
        == "the single-quoted string that starts at line 3, column 7 is never closed; "
        + "add the closing quote"
    )
    #expect(
      YAMLError.Reason.unclosedFlowCollection("{", openedAt: start).message
        == "the '{' at line 3, column 7 is never closed; add the closing '}'"
    )
    #expect(
      YAMLError.Reason.underindentedContinuation(openedAt: start, minimumColumn: 4).message
        == "the value that starts at line 3, column 7 is still open on this line, which must "
        + "then be indented to column 4 or more; close the value on an earlier line, or indent "
        + "this one"
    )
  }
}
