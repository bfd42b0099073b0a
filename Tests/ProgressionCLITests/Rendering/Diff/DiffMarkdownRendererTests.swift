import ProgressionCore
import Testing

@testable import ProgressionCLI

@Suite struct DiffMarkdownRendererTests {
  /// The Markdown of the sample framework's diff from level `from` to `to`.
  private func levels(_ from: Int, _ to: Int, examples: Bool) throws -> String {
    let diff = try LevelDiff(framework: DiffSamples.framework, from: from, to: to)
    return String(
      decoding: DiffMarkdownRenderer.render(diff, includesExamples: examples),
      as: UTF8.self
    )
  }

  @Test func levelDiffHasTheSummaryFirstAndAHeadingPerTopic() throws {
    #expect(
      try levels(1, 3, examples: true) == """
        ## 🛠️ Backend: level 1 → level 3

        **4 new criteria in 2 topics**

        ### Communication: 3 new criteria

        - **L2** Accepts feedback graciously
        - **L2** Gives feedback when asked
        - **L3** Gives \\*timely\\* feedback to peers
          - _e.g._ Reviews a PR within a day

        ### 👩‍💼 Leadership: new at level 3, 1 new criterion

        - **L3** Onboards new engineers

        """
    )
  }

  @Test func topicsWithNothingNewHaveOnlyTheirHeading() throws {
    #expect(
      try levels(2, 1, examples: false) == """
        ## 🛠️ Backend: level 2 → level 1

        **2 criteria no longer expected in 1 of 2 topics**

        ### Communication: 2 criteria no longer expected

        - Accepts feedback graciously
        - Gives feedback when asked

        ### 👩‍💼 Leadership: no criteria dropped (starts at level 3)

        """
    )
  }

  @Test func sideBySideIsATablePerTopic() throws {
    let diff = try LevelDiff(framework: DiffSamples.framework, from: 2, to: 3)
    #expect(
      String(
        decoding: DiffMarkdownRenderer.renderSideBySide(diff, includesExamples: true),
        as: UTF8.self
      ) == """
        ## 🛠️ Backend: level 2 ↔ level 3

        ### Communication

        | Level 2 | Level 3 |
        | --- | --- |
        | Accepts feedback graciously | Gives \\*timely\\* feedback to peers<br>_e.g._ Reviews a PR within a day |
        | Gives feedback when asked |  |

        ### 👩‍💼 Leadership

        | Level 2 | Level 3 |
        | --- | --- |
        | _(no criteria)_ | Onboards new engineers |

        """
    )
  }

  @Test func versionDiff() {
    #expect(
      String(decoding: DiffMarkdownRenderer.render(DiffSamples.comparison), as: UTF8.self) == """
        ## Framework changes: old.md → new.md

        **7 changes:** 1 added, 1 removed, 1 moved, 1 reworded, 1 example added, 1 topic retitled, 1 setting changed

        ### Framework settings

        - **title:** '🛠️ Backend' → '🛠️ Backend Engineering'

        ### Communication: 1 added, 1 removed, 1 moved, 1 reworded, 1 example added

        **Level 1**

        - **added:** Writes clear PR descriptions

        **Level 2**

        - **removed:** Gives feedback when asked
        - **reworded:** Accepts feedback graciously {+and acts on it+}

        **Level 3**

        - **moved** from level 4: Gives feedback upwards
        - examples of: Gives \\*timely\\* feedback to peers
          - **added:** Pairs on a fix

        ### Leadership (retitled from '👩‍💼 Leadership')

        """
    )
  }

  @Test func metacharactersInChangedWordsAreEscaped() {
    var new = DiffSamples.framework
    new.topics[0].levels[1].criteria[0].text = "Accepts feedback graciously | [link](x) <b>"
    let comparison = VersionComparison(
      old: DiffSamples.framework,
      oldSource: "a",
      new: new,
      newSource: "b"
    )
    let markdown = String(decoding: DiffMarkdownRenderer.render(comparison), as: UTF8.self)
    #expect(
      markdown.contains(
        "- **reworded:** Accepts feedback graciously {+\\| \\[link\\](x) \\<b\\>+}\n"
      )
    )
  }

  @Test func identicalVersions() {
    let same = VersionComparison(
      old: DiffSamples.framework,
      oldSource: "a_b.md",
      new: DiffSamples.framework,
      newSource: "b.md"
    )
    #expect(
      String(decoding: DiffMarkdownRenderer.render(same), as: UTF8.self)
        == "## Framework changes: a\\_b.md → b.md\n\n**No differences.**\n"
    )
  }
}
