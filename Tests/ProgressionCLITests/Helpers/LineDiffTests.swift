import Foundation
import TestSupport
import Testing

/// The golden harness's diff must show exactly what changed, or reviewers cannot trust it.
@Suite struct LineDiffTests {
  @Test func marksRemovedAndAddedLines() {
    #expect(
      LineDiff.render(from: "a\nb\nc\n", to: "a\nB\nc\nd\n") == """
          a
        - b
        + B
          c
        + d
        """
    )
  }

  @Test func showsInvisibleDifferences() {
    #expect(
      LineDiff.render(from: "a\n", to: "a\r\n") == """
        - a
        + a\\r
        """
    )
    #expect(
      LineDiff.render(from: "a\n", to: "a") == """
          a
        + (no line break at end)
        """
    )
  }

  @Test func shortensLongUnchangedStretches() {
    let old = (1...20).map { "line \($0)\n" }.joined()
    let new = old.replacingOccurrences(of: "line 10\n", with: "line ten\n")
    #expect(
      LineDiff.render(from: old, to: new) == """
          ...
          line 7
          line 8
          line 9
        - line 10
        + line ten
          line 11
          line 12
          line 13
          ...
        """
    )
  }
}
