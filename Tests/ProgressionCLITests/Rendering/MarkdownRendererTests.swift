import ProgressionCore
import TestSupport
import Testing

@testable import ProgressionCLI

struct MarkdownRendererTests {
  func render(
    _ selection: Selection,
    framework: Framework = SampleFrameworks.small
  ) throws -> String {
    let selected = try selection.resolve(in: framework)
    return String(decoding: MarkdownRenderer.render(selected), as: UTF8.self)
  }

  @Test func levelsWithExamplesAndInheritedMarker() throws {
    #expect(
      try render(Selection(levels: 2...2, includesExamples: true)) == """
        # 🛠️ Small Framework

        ## Level 2

        ### Communication

        - Writes clear PR descriptions
        - Gives actionable feedback in reviews
          - Suggests a smaller PR
          - Links the style guide
        - Shares context with the team _(inherited)_

        ### Craft & Code

        - Writes tests for new code

        """
    )
  }

  @Test func byTopicWithAbout() throws {
    #expect(
      try render(
        Selection(levels: 3...3, topicQueries: ["craft"], grouping: .topic, includesAbout: true)
      )
        == """
        # 🛠️ Small Framework

        ## About

        ## About this framework

        It is small.

        - one
        - two

        ## Craft & Code

        ### Level 3

        - Designs modules others can extend

        """
    )
  }

  @Test func escapesFrameworkText() throws {
    var framework = SampleFrameworks.small
    framework.title = "# Title with *stars*"
    framework.topics[2].levels[0].criteria = [
      FrameworkBuilder.criterion("- [ ] <script> `x` 1. \u{1B}[31m")
    ]
    #expect(
      try render(Selection(levels: 1...1, topicQueries: ["impact"]), framework: framework) == """
        # \\# Title with \\*stars\\*

        ## Level 1

        ### Impact

        - \\- \\[ \\] \\<script\\> \\`x\\` 1. \\u{1B}\\[31m

        """
    )
  }
}
