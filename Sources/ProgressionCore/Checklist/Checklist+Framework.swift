extension Checklist {
  /// A fresh checklist, nothing ticked, for `level` of `framework`.
  ///
  /// Items follow `show`'s order: topic by topic, level by level, and within a level the
  /// framework's own criteria, then its example criteria, then the inherited ones. A criterion
  /// that a topic shows twice (its own and inherited from generic, or at two levels of a
  /// cumulative checklist) is listed once, where it first comes, so that every item has its
  /// own id.
  ///
  /// - Parameters:
  ///   - name: the name that found the framework, recorded in the header for `--update` to
  ///     find it again; the framework's file name when `nil`.
  ///   - source: the framework file's path, recorded in the header.
  ///   - isCumulative: whether to cover every level from 1 to `level`.
  ///   - topics: the topics to cover, in the order to list them; every topic when `nil`.
  public init(
    framework: Framework,
    name: String? = nil,
    source: String,
    level: Int,
    isCumulative: Bool = false,
    topics: [ProgressionCore.Topic]? = nil
  ) {
    let chosen = topics ?? framework.topics
    let levels = isCumulative ? Array(1...max(level, 1)) : [level]
    self.init(
      header: Header(
        frameworkName: name ?? framework.name,
        frameworkTitle: framework.title,
        source: source,
        level: level,
        isCumulative: isCumulative,
        topicNames: topics == nil ? [] : chosen.map(\.name)
      ),
      topics: chosen.map { topic in
        var seen = Set<String>()
        let items = levels.flatMap { level in
          (topic.entry(forLevel: level)?.criteria ?? []).map {
            Item(criterion: $0, topic: topic.name, level: level)
          }
        }
        return Topic(
          name: topic.name,
          title: topic.displayTitle,
          items: items.filter { seen.insert($0.id).inserted }
        )
      }
    )
  }
}

extension Checklist {
  /// A fresh checklist from `framework` as it is now, for the level, kind and topics `header`
  /// records: what `ChecklistUpdate` re-syncs a checklist with.
  ///
  /// - Parameter source: the framework file's path, recorded in the new header.
  public init(resyncing header: Header, with framework: Framework, source: String) {
    let named = Set(header.topicNames)
    self.init(
      framework: framework,
      name: header.frameworkName,
      source: source,
      level: header.level,
      isCumulative: header.isCumulative,
      topics: named.isEmpty ? nil : framework.topics.filter { named.contains($0.name) }
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
