import ProgressionCore
import Testing
import YAMLSubset

@Suite struct UnifiedDiffTests {
  private func edit(
    _ text: String,
    replacing target: String,
    with replacement: String
  )
    -> Diagnostic.Fix.Edit
  {
    let bytes = Array(text.utf8)
    let needle = Array(target.utf8)
    let start =
      bytes.indices.first { bytes[$0...].starts(with: needle) } ?? 0
    return Diagnostic.Fix.Edit(
      range: start..<start + needle.count,
      replacement: replacement,
      position: SourcePosition(line: 1, column: 1, offset: start)
    )
  }

  private static let lines = (1...20).map { "line \($0)\n" }.joined()

  @Test func threeLinesOfContextAndMergedHunks() {
    let text = Self.lines
    let edits = [
      edit(text, replacing: "line 2\n", with: "LINE 2\n"),
      edit(text, replacing: "line 8\n", with: "LINE 8\n"),
      edit(text, replacing: "line 16", with: "LINE 16"),
    ]
    #expect(
      UnifiedDiff.render(path: "f.md", original: Array(text.utf8), edits: edits) == """
        --- a/f.md
        +++ b/f.md
        @@ -1,11 +1,11 @@
         line 1
        -line 2
        +LINE 2
         line 3
         line 4
         line 5
         line 6
         line 7
        -line 8
        +LINE 8
         line 9
         line 10
         line 11
        @@ -13,7 +13,7 @@
         line 13
         line 14
         line 15
        -line 16
        +LINE 16
         line 17
         line 18
         line 19

        """
    )
  }

  @Test func neighbouringChangedLinesRemoveBeforeTheyAdd() {
    let text = "a\nb\nc\n"
    let edits = [edit(text, replacing: "a", with: "A"), edit(text, replacing: "b", with: "B")]
    #expect(
      UnifiedDiff.render(path: "f", original: Array(text.utf8), edits: edits) == """
        --- a/f
        +++ b/f
        @@ -1,3 +1,3 @@
        -a
        -b
        +A
        +B
         c

        """
    )
  }

  @Test func aLastLineWithoutALineBreakSaysSo() {
    let text = "a\nb"
    #expect(
      UnifiedDiff.render(
        path: "f",
        original: Array(text.utf8),
        edits: [edit(text, replacing: "b", with: "B")]
      ) == """
        --- a/f
        +++ b/f
        @@ -1,2 +1,2 @@
         a
        -b
        \\ No newline at end of file
        +B
        \\ No newline at end of file

        """
    )
  }

  @Test func noEditsNoDiff() {
    #expect(UnifiedDiff.render(path: "f", original: Array("a\n".utf8), edits: []) == "")
  }
}
