import ProgressionCore
import Testing

@Suite struct ChecklistIDTests {
  /// Ids are part of every checklist people keep: they must never change between releases.
  @Test func idsAreStable() {
    #expect(ChecklistID.make(topic: "craft", text: "Profiles before optimising") == "cd755f59")
    #expect(ChecklistID.make(topic: "", text: "") == "af63bd4c")
  }

  @Test func topicAndTextAreSeparated() {
    #expect(ChecklistID.make(topic: "ab", text: "c") != ChecklistID.make(topic: "a", text: "bc"))
  }

  @Test(arguments: [
    ("cd755f59", true), ("cd755f5", false), ("CD755F59", false), ("cd755g59", false),
  ])
  func wellFormed(_ id: String, _ expected: Bool) {
    #expect(ChecklistID.isWellFormed(id[...]) == expected)
  }
}

@Suite struct ChecklistTallyTests {
  @Test(arguments: [
    (0, 10, 0), (7, 10, 7), (10, 10, 10), (1, 30, 1), (29, 30, 9), (5, 11, 5), (0, 0, 0),
  ])
  func filledCells(_ ticked: Int, _ total: Int, _ cells: Int) {
    #expect(Checklist.Tally(ticked: ticked, total: total).filledCells(of: 10) == cells)
  }
}

@Suite struct ChecklistParserTests {
  static let header = """
    <!-- progression-checklist
    framework: mobile
    level: 2
    -->

    """

  @Test func readsTicksAndSkipsThePersonsLines() throws {
    let text =
      Self.header + """
        ## Craft <!-- topic:craft -->
        - [X] Profiles \\*before\\* optimising _(inherited)_ <!-- id:cd755f59 -->
          - evidence <!-- a comment of mine -->
        - [ ] Ships _(level 1)_ <!-- id:0000000a -->
        ## My notes
        - [ ] my own task

        """
    let checklist = try ChecklistParser(bytes: Array(text.utf8)).parse()
    #expect(checklist.header.frameworkName == "mobile")
    #expect(checklist.topics.map(\.name) == ["craft"])
    let items = checklist.items
    #expect(items.map(\.text) == ["Profiles *before* optimising", "Ships"])
    #expect(items.map(\.isTicked) == [true, false])
    #expect(items.map(\.kind) == [.inherited, .own])
    #expect(items.map(\.level) == [2, 1])
    #expect(items.map(\.line) == [6, 8])
    #expect(checklist.tally == Checklist.Tally(ticked: 1, total: 2))
  }

  /// CommonMark's other bullets, which some editors write, are read like `-`.
  @Test func readsStarAndPlusBullets() throws {
    let text =
      Self.header + """
        ## Craft <!-- topic:craft -->
        * [x] A <!-- id:0000000a -->
        + [ ] B <!-- id:0000000b -->
        * [X] C <!-- id:0000000c -->

        """
    let checklist = try ChecklistParser(bytes: Array(text.utf8)).parse()
    #expect(checklist.items.map(\.text) == ["A", "B", "C"])
    #expect(checklist.items.map(\.isTicked) == [true, false, true])
  }

  @Test func readsWindowsLineEnds() throws {
    let text = (Self.header + "## Craft <!-- topic:craft -->\n- [x] A <!-- id:0000000a -->\n")
    let crlf = text.split(separator: "\n", omittingEmptySubsequences: false).joined(
      separator: "\r\n"
    )
    let checklist = try ChecklistParser(bytes: Array(crlf.utf8)).parse()
    #expect(checklist.items.map(\.isTicked) == [true])
  }

  @Test(arguments: [
    ("## Craft <!-- topic: -->\n", "mangled-checklist-item", 5),
    (
      "## Craft <!-- topic:craft -->\n- [ ] A <!-- id:0000000a --> trailing\n",
      "mangled-checklist-item", 6
    ),
    ("## Craft <!-- topic:craft -->\n-[ ] A <!-- id:0000000a -->\n", "mangled-checklist-item", 6),
    ("## Craft <!-- topic:craft -->\n• [ ] A <!-- id:0000000a -->\n", "mangled-checklist-item", 6),
    (
      "## Craft <!-- topic:craft -->\n  - [ ] A <!-- id:0000000a -->\n", "mangled-checklist-item", 6
    ),
    ("- [ ] A <!-- id:0000000a -->\n", "checklist-item-outside-topic", 5),
    ("## Craft <!-- topic:craft -->\n\n   ````\n```\n", "unclosed-code-block", 7),
    ("## A <!-- topic:craft -->\n## B <!-- topic:craft -->\n", "duplicate-checklist-topic", 6),
  ])
  func rejects(_ body: String, _ ruleID: String, _ line: Int) {
    #expect {
      try ChecklistParser(bytes: Array((Self.header + body).utf8)).parse()
    } throws: { error in
      guard let error = error as? ChecklistError else { return false }
      return error.ruleID == ruleID && error.position.line == line
    }
  }
}
