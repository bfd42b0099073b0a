import ProgressionCore
import YAMLSubset

@testable import ProgressionCLI

/// Hand-built frameworks for the diff renderer tests, so they need no parser.
enum DiffSamples {
  static let nowhere = SourcePosition(line: 1, column: 1, offset: 0)

  static func criterion(_ text: String, examples: [String] = [], line: Int = 1) -> Criterion {
    Criterion(
      text: text,
      isExampleCriterion: !examples.isEmpty,
      examples: examples.map { Example(text: $0, position: nowhere) },
      position: SourcePosition(line: line, column: 11, offset: 0)
    )
  }

  static func topic(_ name: String, title: String? = nil, _ levels: [(Int, [Criterion])]) -> Topic {
    Topic(
      name: name,
      title: title,
      levels: levels.map { TopicLevel(level: $0.0, criteria: $0.1, position: nowhere) },
      position: nowhere
    )
  }

  /// A four-level framework: communication at every level, leadership from level 3.
  static let framework = Framework(
    name: "backend",
    title: "🛠️ Backend",
    levelCount: 4,
    topics: [
      topic(
        "communication",
        [
          (1, [criterion("Provides regular status updates")]),
          (2, [criterion("Accepts feedback graciously"), criterion("Gives feedback when asked")]),
          (
            3,
            [
              criterion(
                "Gives *timely* feedback to peers",
                examples: ["Reviews a PR within a day"]
              )
            ]
          ),
          (4, [criterion("Gives feedback upwards")]),
        ]
      ),
      topic(
        "leadership",
        title: "👩‍💼 Leadership",
        [(3, [criterion("Onboards new engineers")]), (4, [criterion("Mentors engineers")])]
      ),
    ]
  )

  /// `framework` after a change of every kind.
  static var changedFramework: Framework {
    var new = framework
    new.title = "🛠️ Backend Engineering"
    new.topics[0].levels[0].criteria.append(criterion("Writes clear PR descriptions", line: 9))
    new.topics[0].levels[1].criteria[0] = criterion(
      "Accepts feedback graciously and acts on it",
      line: 12
    )
    new.topics[0].levels[1].criteria.removeLast()
    new.topics[0].levels[2].criteria[0].examples.append(
      Example(text: "Pairs on a fix", position: nowhere)
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
