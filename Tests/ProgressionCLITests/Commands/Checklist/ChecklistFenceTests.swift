import ProgressionCLI
import Testing

/// Lines in a fenced code block (```` ``` ```` or `~~~`, indented up to three spaces) are the
/// person's text: never items or headings, kept byte for byte, and never written into.
@Suite struct ChecklistFenceTests {
  /// A code block under an item, as evidence, holding an item-like line and a heading.
  static let evidence = """
      - Rewrote the runbook after the March incident
      ```markdown
    - [ ] Pasted from an old checklist <!-- id:0badc0de -->
    ## Pasted <!-- topic:pasted -->
      ```

    """

  /// A code block in the person's own section, holding an item-like line, with `~~~` fences.
  static let notes = """
    Ask about the platform team rotation.

       ~~~~ text
    - [x] Not an item either <!-- id:facefeed -->
    ~~~
    - [ ] Still not an item <!-- id:deadbeef -->
       ~~~~

    """

  static func withCodeBlocks() throws -> String {
    let original = try ChecklistBulletTests.fixture()
    let runbook = "  - Rewrote the runbook after the March incident\n"
    let notes = "Ask about the platform team rotation.\n"
    #expect(original.contains(runbook) && original.hasSuffix(notes))
    return original.replacing(runbook, with: Self.evidence).replacing(notes, with: Self.notes)
  }

  @Test func progressCountsNoItemInACodeBlock() throws {
    let run = ToolRun(["progress", "-"], standardInput: try Self.withCodeBlocks())
    #expect(run.status == .success, "\(run.standardError)")
    #expect(run.standardOutput.contains("Overall  ███████░░░  4/6"))
  }

  /// The update keeps both code blocks whole, adds or retires nothing from them, and a second
  /// update changes nothing.
  @Test(arguments: ["v1", "v2"])
  func updateKeepsCodeBlocksWhole(_ version: String) throws {
    let text = try Self.withCodeBlocks()
    let result = try ChecklistBulletTests.updated(text, version: version)
    #expect(result.contains(Self.evidence))
    #expect(result.contains(Self.notes))
    let plain = try ChecklistBulletTests.updated(
      try ChecklistBulletTests.fixture(),
      version: version
    )
    let expected = plain.replacing(
      "  - Rewrote the runbook after the March incident\n",
      with: Self.evidence
    ).replacing("Ask about the platform team rotation.\n", with: Self.notes)
    #expect(result == expected)
    #expect(try ChecklistBulletTests.updated(result, version: version) == result)
  }
}
