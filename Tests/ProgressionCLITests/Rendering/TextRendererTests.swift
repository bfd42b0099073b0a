import ProgressionCore
import Testing

@testable import ProgressionCLI

struct TextRendererTests {
  func render(_ selection: Selection, style: TextStyle = .plain) throws -> String {
    let selected = try selection.resolve(in: SampleFrameworks.small)
    return String(decoding: TextRenderer.render(selected, style: style), as: UTF8.self)
  }

  @Test func oneLevelGroupedByLevel() throws {
    #expect(
      try render(Selection(levels: 2...2)) == """
        🛠️ Small Framework

        Level 2

          Communication
            - Writes clear PR descriptions
            - Gives actionable feedback in reviews
            - Shares context with the team (inherited)

          Craft & Code
            - Writes tests for new code

        """
    )
  }

  @Test func aTopicAskedForSaysWhenItHasNothingAtALevel() throws {
    #expect(
      try render(Selection(levels: 2...2, topicQueries: ["impact"])) == """
        🛠️ Small Framework

        Level 2

          Impact
            no criteria at this level

        """
    )
  }

  @Test func byTopicWithExamplesWrappedToWidth() throws {
    let selection = Selection(
      levels: 1...2,
      topicQueries: ["comm"],
      grouping: .topic,
      includesExamples: true
    )
    #expect(
      try render(selection, style: TextStyle(width: 31)) == """
        🛠️ Small Framework

        Communication

          Level 1
            - Gives status updates
            - Asks for help early

          Level 2
            - Writes clear PR
              descriptions
            - Gives actionable feedback
              in reviews
              e.g. Suggests a smaller
                   PR
              e.g. Links the style
                   guide
            - Shares context with the
              team (inherited)

        """
    )
  }

  @Test func aboutShowsTheBodyBeforeTheCriteria() throws {
    #expect(
      try render(Selection(levels: 1...1, topicQueries: ["impact"], includesAbout: true)) == """
        🛠️ Small Framework

        About

          About this framework

          It is small.

          - one
          - two

        Level 1

          Impact
            - Delivers small tasks

        """
    )
  }

  @Test func aboutBodyKeepsCodeBlocksAndListIndents() throws {
    let framework = Framework(
      name: "prose",
      title: "Prose",
      levelCount: 0,
      topics: [],
      body:
        "Intro  text\r\n\n```\nlet  x = 1\n```\n10. tenth item that wraps\n  * nested\n### Next\nMore\n",
      isProseOnly: true
    )
    let selected = try Selection(includesAbout: true).resolve(in: framework)
    let text = String(
      decoding: TextRenderer.render(selected, style: TextStyle(width: 20)),
      as: UTF8.self
    )
    #expect(
      text == """
        Prose

        About

          Intro text

          ```
          let  x = 1
          ```
          10. tenth item
              that wraps
            * nested

          Next
          More

        """
    )
  }

  @Test func emptySelectionSaysSo() throws {
    let framework = Framework(name: "empty", title: "Empty", levelCount: 0, topics: [])
    let selected = try Selection().resolve(in: framework)
    let text = String(decoding: TextRenderer.render(selected, style: .plain), as: UTF8.self)
    #expect(text == "Empty\n\nno levels or topics to show\n")
  }

  @Test func hostileTitleIsEscaped() throws {
    var framework = SampleFrameworks.small
    framework.title = "\u{1B}]0;pwned\u{7}Title"
    framework.topics[0].levels[0].criteria[0].text = "\u{1B}[2J\u{9B}31m"
    let selected = try Selection(levels: 1...1, topicQueries: ["communication"]).resolve(
      in: framework
    )
    let bytes = TextRenderer.render(selected, style: TextStyle(width: 80, usesColor: false))
    #expect(!bytes.contains(0x1B))
    #expect(!bytes.contains(0x07))
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.hasPrefix("\\u{1B}]0;pwned\\u{7}Title\n"))
    #expect(text.contains("    - \\u{1B}[2J\\u{9B}31m\n"))
  }
}
