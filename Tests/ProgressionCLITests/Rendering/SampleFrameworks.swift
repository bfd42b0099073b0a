import ProgressionCore
import YAMLSubset

/// Hand-built frameworks for renderer tests, so they need neither the decoder nor files.
enum SampleFrameworks {
  static let position = SourcePosition(line: 1, column: 1, offset: 0)

  static func criterion(
    _ text: String,
    examples: [String] = [],
    inherited: Bool = false
  ) -> Criterion {
    Criterion(
      text: text,
      isExampleCriterion: !examples.isEmpty,
      examples: examples.map { Example(text: $0, position: position) },
      origin: inherited ? .inherited : .own,
      position: position
    )
  }

  static func topic(_ name: String, title: String? = nil, _ levels: [Int: [Criterion]]) -> Topic {
    Topic(
      name: name,
      title: title,
      levels: levels.keys.sorted().map {
        TopicLevel(level: $0, criteria: levels[$0] ?? [], position: position)
      },
      position: position
    )
  }

  /// Three levels; `craft` starts at level 2 and `impact` skips level 2.
  static let small = Framework(
    name: "small",
    title: "🛠️ Small Framework",
    levelCount: 3,
    topics: [
      topic(
        "communication",
        [
          1: [criterion("Gives status updates"), criterion("Asks for help early")],
          2: [
            criterion("Writes clear PR descriptions"),
            criterion(
              "Gives actionable feedback in reviews",
              examples: ["Suggests a smaller PR", "Links the style guide"]
            ),
            criterion("Shares context with the team", inherited: true),
          ],
          3: [criterion("Explains trade-offs to non-engineers")],
        ]
      ),
      topic(
        "craft",
        title: "Craft & Code",
        [
          2: [criterion("Writes tests for new code")],
          3: [criterion("Designs modules others can extend")],
        ]
      ),
      topic(
        "impact",
        [
          1: [criterion("Delivers small tasks")],
          3: [criterion("Delivers projects end to end")],
        ]
      ),
    ],
    body: "\n## About this framework\n\nIt is small.\n\n- one\n- two\n",
    sitePath: "/engineering/small",
    sidebarTitle: "Small",
    sidebarGroup: "engineering",
    homepage: false
  )
}
