import ProgressionCore
import YAMLSubset

/// Builders for hand-made frameworks, so diff tests need no parser.
enum Build {
  static let nowhere = SourcePosition(line: 1, column: 1, offset: 0)

  static func criterion(
    _ text: String,
    examples: [String] = [],
    origin: Criterion.Origin = .own
  ) -> Criterion {
    Criterion(
      text: text,
      isExampleCriterion: !examples.isEmpty,
      examples: examples.map { Example(text: $0, position: nowhere) },
      origin: origin,
      position: nowhere
    )
  }

  static func topic(
    _ name: String,
    title: String? = nil,
    _ levels: [(Int, [Criterion])]
  ) -> Topic {
    Topic(
      name: name,
      title: title,
      levels: levels.map { TopicLevel(level: $0.0, criteria: $0.1, position: nowhere) },
      position: nowhere
    )
  }

  /// A topic whose criteria are plain texts.
  static func topic(_ name: String, title: String? = nil, texts: [(Int, [String])]) -> Topic {
    topic(name, title: title, texts.map { ($0.0, $0.1.map { criterion($0) }) })
  }

  static func framework(
    name: String = "backend",
    title: String = "Backend",
    levels: Int = 4,
    _ topics: [Topic]
  ) -> Framework {
    Framework(name: name, title: title, levelCount: levels, topics: topics)
  }
}
