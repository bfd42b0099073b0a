import ProgressionCore
import Testing

@testable import ProgressionCLI

@Suite struct DiffTextRendererTests {
  private func levels(
    _ from: Int,
    _ to: Int,
    examples: Bool = false,
    style: TextStyle = .plain
  ) throws -> String {
    let diff = try LevelDiff(framework: DiffSamples.framework, from: from, to: to)
    return String(
      decoding: DiffTextRenderer.render(diff, includesExamples: examples, style: style),
      as: UTF8.self
    )
  }

  @Test func oneLevelUp() throws {
    #expect(
      try levels(2, 3) == """
        🛠️ Backend: level 2 → level 3
        2 new criteria in 2 topics

        Communication: 1 new criterion
          + Gives *timely* feedback to peers

        👩‍💼 Leadership: new at level 3, 1 new criterion
          + Onboards new engineers

        """
    )
  }

  @Test func severalLevelsUpTagsLevelsAndShowsExamples() throws {
    #expect(
      try levels(1, 3, examples: true) == """
        🛠️ Backend: level 1 → level 3
        4 new criteria in 2 topics

        Communication: 3 new criteria
          + L2 Accepts feedback graciously
          + L2 Gives feedback when asked
          + L3 Gives *timely* feedback to peers
            e.g. Reviews a PR within a day

        👩‍💼 Leadership: new at level 3, 1 new criterion
          + L3 Onboards new engineers

        """
    )
  }

  @Test func topicsWithNothingNewSaySo() throws {
    #expect(
      try levels(1, 2) == """
        🛠️ Backend: level 1 → level 2
        2 new criteria in 1 of 2 topics

        Communication: 2 new criteria
          + Accepts feedback graciously
          + Gives feedback when asked

        👩‍💼 Leadership: no new criteria (starts at level 3)

        """
    )
  }

  @Test func goingDownMarksWhatIsNoLongerExpected() throws {
    #expect(
      try levels(4, 2) == """
        🛠️ Backend: level 4 → level 2
        4 criteria no longer expected in 2 topics

        Communication: 2 criteria no longer expected
          - L3 Gives *timely* feedback to peers
          - L4 Gives feedback upwards

        👩‍💼 Leadership: not part of level 2 (starts at level 3), 2 criteria no longer expected
          - L3 Onboards new engineers
          - L4 Mentors engineers

        """
    )
  }

  @Test func wrapsWithAHangingIndent() throws {
    let text = try levels(3, 4, style: TextStyle(width: 24))
    #expect(
      text == """
        🛠️ Backend: level 3 →
        level 4
        2 new criteria in 2
        topics

        Communication: 1 new
          criterion
          + Gives feedback
            upwards

        👩‍💼 Leadership: 1 new
          criterion
          + Mentors engineers

        """
    )
  }

  @Test func coloursMarkersOnlyWhenTheStyleDoes() throws {
    #expect(!(try levels(2, 3)).contains("\u{1B}"))
    let coloured = try levels(4, 3, style: TextStyle(usesColor: true))
    #expect(coloured.contains("  \u{1B}[31m-\u{1B}[0m Gives feedback upwards"))
    #expect(coloured.contains("\u{1B}[1;36mCommunication:\u{1B}[0m"))
  }

  @Test func controlCharactersInTextAreEscaped() throws {
    var framework = DiffSamples.framework
    framework.topics[0].levels[1].criteria[0].text = "Rings \u{7}the bell"
    let diff = try LevelDiff(framework: framework, from: 1, to: 2)
    let text = String(
      decoding: DiffTextRenderer.render(diff, includesExamples: false, style: .plain),
      as: UTF8.self
    )
    #expect(text.contains("+ Rings \\u{7}the bell"))
    #expect(!text.contains("\u{7}"))
  }

  @Test func versionDiff() {
    let text = String(
      decoding: DiffTextRenderer.render(DiffSamples.comparison, style: .plain),
      as: UTF8.self
    )
    #expect(
      text == """
        old.md → new.md
        7 changes: 1 added, 1 removed, 1 moved, 1 reworded, 1 example added, 1 topic retitled, 1 setting changed

        Framework: 1 setting changed
          ~ title: '🛠️ Backend' → '🛠️ Backend Engineering'

        Communication: 1 added, 1 removed, 1 moved, 1 reworded, 1 example added
          Level 1
            + Writes clear PR descriptions
          Level 2
            - Gives feedback when asked
            ~ Accepts feedback graciously {+and acts on it+}
          Level 3
            → Gives feedback upwards (from level 4)
            • Gives *timely* feedback to peers
              + e.g. Pairs on a fix

        Leadership (retitled from '👩‍💼 Leadership')

        """
    )
  }

  @Test func identicalVersionsSayNoDifferences() {
    let same = VersionComparison(
      old: DiffSamples.framework,
      oldSource: "a.md",
      new: DiffSamples.framework,
      newSource: "b.md"
    )
    let text = String(decoding: DiffTextRenderer.render(same, style: .plain), as: UTF8.self)
    #expect(text == "a.md → b.md\nno differences\n")
  }

  @Test func rewordedWordsAreColouredAcrossALineBreak() {
    let text = String(
      decoding: DiffTextRenderer.render(
        DiffSamples.comparison,
        style: TextStyle(width: 46, usesColor: true)
      ),
      as: UTF8.self
    )
    #expect(
      text.contains(
        "\u{1B}[33m~\u{1B}[0m Accepts feedback graciously \u{1B}[32m{+and acts\u{1B}[0m\n      \u{1B}[32mon it+}\u{1B}[0m\n"
      )
    )
  }
}
