extension Framework {
  /// The framework with what it inherits from the `generic` framework of its folder.
  ///
  /// This is what the original progression site does. For each topic whose `name` matches a
  /// topic of `generic`:
  /// - a topic without a title takes the generic topic's title;
  /// - at each level of this framework, the generic topic's criteria (plain and example
  ///   criteria alike) follow the topic's own, marked `.inherited`. A level the topic lacks gets
  ///   an entry holding only inherited criteria, in level order; levels of `generic` outside
  ///   this framework's levels are skipped.
  ///
  /// Topics of `generic` that match no topic here are not added. Inherited criteria and entries
  /// keep their positions, which are in `generic`'s file. A framework is never merged with
  /// itself: when `generic` has the same name, the framework is returned unchanged.
  public func inheriting(from generic: Framework) -> Framework {
    guard generic.name != name else { return self }
    var result = self
    for index in result.topics.indices {
      let topic = result.topics[index]
      guard let genericTopic = generic.topics.first(where: { $0.name == topic.name }) else {
        continue
      }
      if topic.title == nil {
        result.topics[index].title = genericTopic.title
      }
      for genericLevel in genericTopic.levels where levels?.contains(genericLevel.level) == true {
        let inherited = genericLevel.criteria.filter { $0.origin == .own }.map { criterion in
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
