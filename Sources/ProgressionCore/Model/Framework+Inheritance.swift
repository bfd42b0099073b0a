extension Framework {
  /// The framework with what it inherits from a `generic` framework, as the framework's site
  /// shows it.
  ///
  /// For each topic whose `name` matches a topic of `generic`:
  /// - the generic topic's title is shown, even when the topic has its own (the site hides the
  ///   topic's); a generic topic without a title leaves the topic's own;
  /// - at each level of this framework, the generic topic's plain `criteria` (not its example
  ///   criteria) follow the topic's own criteria and example criteria, marked `.inherited`. A
  ///   level the topic lacks gets an entry holding only inherited criteria, in level order;
  ///   levels of `generic` outside this framework's levels are skipped.
  ///
  /// Topics of `generic` that match no topic here are not added. Inherited criteria and entries
  /// keep their positions, which are in `generic`'s file. A framework whose topic names are
  /// exactly `generic`'s (`generic` itself, or a copy of it) inherits nothing.
  public func inheriting(from generic: Framework) -> Framework {
    guard Set(generic.topics.map(\.name)) != Set(topics.map(\.name)) else { return self }
    var genericTopics: [String: Topic] = [:]
    for topic in generic.topics where genericTopics[topic.name] == nil {
      genericTopics[topic.name] = topic
    }
    var result = self
    for index in result.topics.indices {
      guard let genericTopic = genericTopics[result.topics[index].name] else { continue }
      if let title = genericTopic.title {
        result.topics[index].title = title
      }
      for genericLevel in genericTopic.levels where levels?.contains(genericLevel.level) == true {
        let inherited = genericLevel.criteria.filter {
          $0.origin == .own && !$0.isExampleCriterion
        }.map { criterion in
          var criterion = criterion
          criterion.origin = .inherited
          return criterion
        }
        guard !inherited.isEmpty else { continue }
        result.topics[index].appendInherited(inherited, level: genericLevel)
      }
    }
    return result
  }
}

extension Topic {
  /// Appends inherited criteria to the entry for `level.level`, creating it in level order when
  /// the topic has none.
  fileprivate mutating func appendInherited(_ criteria: [Criterion], level: TopicLevel) {
    if let index = levels.firstIndex(where: { $0.level == level.level }) {
      levels[index].criteria += criteria
      return
    }
    let insertion = levels.firstIndex { $0.level > level.level } ?? levels.endIndex
    levels.insert(
      TopicLevel(level: level.level, criteria: criteria, position: level.position),
      at: insertion
    )
  }
}
