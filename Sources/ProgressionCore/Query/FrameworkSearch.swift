/// Searches frameworks for a `SearchQuery`, as `progression search` does.
///
/// Each framework is searched as its site shows it, with what it inherits: an inherited
/// criterion is found in every framework that shows it, marked inherited, and in the `generic`
/// framework itself as its own.
public struct FrameworkSearch: Sendable {
  /// The terms to find.
  public var query: SearchQuery
  /// Topic filters (`--topic`): a topic is searched when its name or title matches one, by the
  /// rules of search terms. Empty means every topic.
  public var topics: [SearchQuery]
  /// The levels to search (`--level`), or `nil` for all. Topic titles belong to no level and
  /// are searched only without it.
  public var levels: ClosedRange<Int>?

  /// Creates a search.
  public init(query: SearchQuery, topics: [SearchQuery] = [], levels: ClosedRange<Int>? = nil) {
    self.query = query
    self.topics = topics
    self.levels = levels
  }

  /// The hits in `framework`, topic by topic in file order: the topic's title, then each level
  /// in order, each criterion followed by its examples.
  ///
  /// - Parameters:
  ///   - name: The name that reaches the framework, copied into each hit.
  ///   - source: The path shown for its file, copied into each hit.
  public func hits(in framework: Framework, name: String, source: String) -> [SearchHit] {
    var hits: [SearchHit] = []
    for topic in framework.topics where isSearched(topic) {
      func add(_ text: String, _ kind: SearchHit.Kind, level: Int?, inherited: Bool) {
        guard let matches = query.matches(in: text) else { return }
        hits.append(
          SearchHit(
            framework: name,
            source: source,
            topic: topic.name,
            topicTitle: topic.displayTitle,
            level: level,
            kind: kind,
            text: text,
            isInherited: inherited,
            matches: matches
          )
        )
      }
      if levels == nil { add(topic.displayTitle, .topicTitle, level: nil, inherited: false) }
      for entry in topic.levels where levels?.contains(entry.level) ?? true {
        for criterion in entry.criteria {
          let inherited = criterion.origin == .inherited
          let kind: SearchHit.Kind = criterion.isExampleCriterion ? .exampleCriterion : .criterion
          add(criterion.text, kind, level: entry.level, inherited: inherited)
          for example in criterion.examples {
            add(example.text, .example, level: entry.level, inherited: inherited)
          }
        }
      }
    }
    return hits
  }

  private func isSearched(_ topic: Topic) -> Bool {
    topics.isEmpty
      || topics.contains { $0.isMatched(by: topic.name) || $0.isMatched(by: topic.displayTitle) }
  }
}
