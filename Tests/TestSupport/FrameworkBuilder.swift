public import ProgressionCore
public import YAMLSubset

/// Frameworks built by hand, so that tests of what works on a `Framework` (diffs, comparisons,
/// renderers) need neither the decoder nor files.
///
/// Everything is at line 1, column 1, unless a criterion is given its line.
public enum FrameworkBuilder {
  /// The position of what is built: line 1, column 1.
  public static let nowhere = SourcePosition(line: 1, column: 1, offset: 0)

  /// A criterion, with examples if any (which makes it an example criterion), at `line`.
  public static func criterion(
    _ text: String,
    examples: [String] = [],
    origin: Criterion.Origin = .own,
    line: Int = 1
  ) -> Criterion {
    Criterion(
      text: text,
      isExampleCriterion: !examples.isEmpty,
      examples: examples.map { Example(text: $0, position: nowhere) },
      origin: origin,
      position: SourcePosition(line: line, column: 1, offset: 0)
    )
  }

  /// A topic with these criteria at each level, in the order given.
  public static func topic(
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
  public static func topic(
    _ name: String,
    title: String? = nil,
    texts: [(Int, [String])]
  ) -> Topic {
    topic(name, title: title, texts.map { ($0.0, $0.1.map { criterion($0) }) })
  }

  /// A framework of `levels` levels with these topics.
  public static func framework(
    name: String = "backend",
    title: String = "Backend",
    levels: Int = 4,
    _ topics: [Topic]
  ) -> Framework {
    Framework(name: name, title: title, levelCount: levels, topics: topics)
  }
}
