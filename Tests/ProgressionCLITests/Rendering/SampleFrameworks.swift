import ProgressionCore
import TestSupport

/// Hand-built frameworks for renderer tests, so they need neither the decoder nor files.
enum SampleFrameworks {
  /// Three levels; `craft` starts at level 2 and `impact` skips level 2.
  static let small = Framework(
    name: "small",
    title: "🛠️ Small Framework",
    levelCount: 3,
    topics: [
      FrameworkBuilder.topic(
        "communication",
        [
          (
            1,
            [
              FrameworkBuilder.criterion("Gives status updates"),
              FrameworkBuilder.criterion("Asks for help early"),
            ]
          ),
          (
            2,
            [
              FrameworkBuilder.criterion("Writes clear PR descriptions"),
              FrameworkBuilder.criterion(
                "Gives actionable feedback in reviews",
                examples: ["Suggests a smaller PR", "Links the style guide"]
              ),
              FrameworkBuilder.criterion("Shares context with the team", origin: .inherited),
            ]
          ),
          (3, [FrameworkBuilder.criterion("Explains trade-offs to non-engineers")]),
        ]
      ),
      FrameworkBuilder.topic(
        "craft",
        title: "Craft & Code",
        [
          (2, [FrameworkBuilder.criterion("Writes tests for new code")]),
          (3, [FrameworkBuilder.criterion("Designs modules others can extend")]),
        ]
      ),
      FrameworkBuilder.topic(
        "impact",
        [
          (1, [FrameworkBuilder.criterion("Delivers small tasks")]),
          (3, [FrameworkBuilder.criterion("Delivers projects end to end")]),
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
