import ProgressionCore
import TestSupport

@testable import ProgressionCLI

/// Hand-built frameworks for the diff renderer tests, so they need no parser.
enum DiffSamples {
  /// A four-level framework: communication at every level, leadership from level 3.
  static let framework = Framework(
    name: "backend",
    title: "🛠️ Backend",
    levelCount: 4,
    topics: [
      FrameworkBuilder.topic(
        "communication",
        [
          (1, [FrameworkBuilder.criterion("Provides regular status updates")]),
          (
            2,
            [
              FrameworkBuilder.criterion("Accepts feedback graciously"),
              FrameworkBuilder.criterion("Gives feedback when asked"),
            ]
          ),
          (
            3,
            [
              FrameworkBuilder.criterion(
                "Gives *timely* feedback to peers",
                examples: ["Reviews a PR within a day"]
              )
            ]
          ),
          (4, [FrameworkBuilder.criterion("Gives feedback upwards")]),
        ]
      ),
      FrameworkBuilder.topic(
        "leadership",
        title: "👩‍💼 Leadership",
        [
          (3, [FrameworkBuilder.criterion("Onboards new engineers")]),
          (4, [FrameworkBuilder.criterion("Mentors engineers")]),
        ]
      ),
    ]
  )

  /// `framework` after a change of every kind.
  static var changedFramework: Framework {
    var new = framework
    new.title = "🛠️ Backend Engineering"
    new.topics[0].levels[0].criteria.append(
      FrameworkBuilder.criterion("Writes clear PR descriptions", line: 9)
    )
    new.topics[0].levels[1].criteria[0] = FrameworkBuilder.criterion(
      "Accepts feedback graciously and acts on it",
      line: 12
    )
    new.topics[0].levels[1].criteria.removeLast()
    new.topics[0].levels[2].criteria[0].examples.append(
      Example(text: "Pairs on a fix", position: FrameworkBuilder.nowhere)
    )
    let moved = new.topics[0].levels[3].criteria.removeFirst()
    new.topics[0].levels[2].criteria.append(moved)
    new.topics[1].title = "Leadership"
    return new
  }

  static var comparison: VersionComparison {
    VersionComparison(
      old: framework,
      oldSource: "old.md",
      new: changedFramework,
      newSource: "new.md"
    )
  }
}
