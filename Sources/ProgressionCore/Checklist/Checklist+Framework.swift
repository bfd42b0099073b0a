extension Checklist {
  /// A fresh checklist, nothing ticked, for `level` of `framework`.
  ///
  /// Items follow `show`'s order: topic by topic, level by level, and within a level the
  /// framework's own criteria, then its example criteria, then the inherited ones.
  ///
  /// - Parameters:
  ///   - source: the framework file's path, recorded in the header.
  ///   - isCumulative: whether to cover every level from 1 to `level`.
  ///   - topics: the topics to cover, in the order to list them; every topic when `nil`.
  public init(
    framework: Framework,
    source: String,
    level: Int,
    isCumulative: Bool = false,
    topics: [ProgressionCore.Topic]? = nil
  ) {
    let chosen = topics ?? framework.topics
    let levels = isCumulative ? Array(1...max(level, 1)) : [level]
    self.init(
      header: Header(
        frameworkName: framework.name,
        frameworkTitle: framework.title,
        source: source,
        level: level,
        isCumulative: isCumulative,
        topicNames: topics == nil ? [] : chosen.map(\.name)
      ),
      topics: chosen.map { topic in
        Topic(
          name: topic.name,
          title: topic.displayTitle,
          items: levels.flatMap { level in
            (topic.entry(forLevel: level)?.criteria ?? []).map {
              Item(criterion: $0, topic: topic.name, level: level)
            }
          }
        )
      }
    )
  }
}

extension Checklist.Item {
  /// An unticked item for `criterion` of the topic named `topic`.
  init(criterion: Criterion, topic: String, level: Int) {
    let kind: Kind =
      criterion.origin == .inherited ? .inherited : criterion.isExampleCriterion ? .example : .own
    self.init(
      id: ChecklistID.make(topic: topic, text: criterion.text),
      level: level,
      text: criterion.text,
      kind: kind,
      examples: criterion.examples.map(\.text)
    )
  }
}
