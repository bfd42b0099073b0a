/// Which levels and topics of a framework to show, how to group them and what to include:
/// what `show`, `diff` between levels, `checklist` and `search` are asked for.
///
/// A selection is plain data (from the command line, say); `resolve(in:)` checks it against a
/// framework and produces the groups every renderer prints, so no renderer filters or groups on
/// its own.
public struct Selection: Hashable, Sendable {
  /// How criteria are grouped.
  public enum Grouping: String, Hashable, Sendable, CaseIterable {
    /// Each level, then each topic within it (the default).
    case level
    /// Each topic, then each level within it.
    case topic
  }

  /// The levels to show, or `nil` for every level of the framework.
  public var levels: ClosedRange<Int>?
  /// The topics to show, as typed: a name or title, case-insensitive, or a unique prefix of one.
  /// Empty means every topic.
  public var topicQueries: [String]
  /// How criteria are grouped.
  public var grouping: Grouping
  /// Whether the worked examples under example criteria are shown.
  public var includesExamples: Bool
  /// Whether the framework's Markdown body is shown.
  public var includesAbout: Bool
  /// Whether criteria inherited from the `generic` framework are shown.
  public var includesInherited: Bool
  /// Whether each level shows everything expected up to it, not only what is new there.
  public var isCumulative: Bool

  public init(
    levels: ClosedRange<Int>? = nil,
    topicQueries: [String] = [],
    grouping: Grouping = .level,
    includesExamples: Bool = false,
    includesAbout: Bool = false,
    includesInherited: Bool = true,
    isCumulative: Bool = false
  ) {
    self.levels = levels
    self.topicQueries = topicQueries
    self.grouping = grouping
    self.includesExamples = includesExamples
    self.includesAbout = includesAbout
    self.includesInherited = includesInherited
    self.isCumulative = isCumulative
  }

  /// Checks the selection against `framework` and groups the criteria it selects.
  ///
  /// - Throws: `SelectionError` when a level is outside the framework or a topic query matches
  ///   no topic or several.
  public func resolve(in framework: Framework) throws(SelectionError) -> SelectedCriteria {
    let levels = try resolveLevels(in: framework)
    let topics = try resolveTopics(in: framework)
    var groups: [SelectedCriteria.Group] = []
    switch grouping {
    case .level:
      groups.reserveCapacity(levels.count)
      for level in levels {
        let sections = shownSections(topics.map { section(of: $0, atLevel: level) })
        groups.append(SelectedCriteria.Group(heading: .level(level), sections: sections))
      }
    case .topic:
      groups.reserveCapacity(topics.count)
      for topic in topics {
        let sections = shownSections(levels.map { section(of: topic, atLevel: $0) })
        groups.append(SelectedCriteria.Group(heading: .topic(topic), sections: sections))
      }
    }
    return SelectedCriteria(
      framework: framework,
      selection: self,
      levels: levels,
      topics: topics,
      groups: groups
    )
  }

  private func resolveLevels(in framework: Framework) throws(SelectionError) -> [Int] {
    guard let levels else { return framework.levels.map(Array.init) ?? [] }
    guard let available = framework.levels, available.contains(levels.lowerBound),
      available.contains(levels.upperBound)
    else {
      throw .levelOutOfRange(levels, framework: framework.name, available: framework.levels)
    }
    return Array(levels)
  }

  /// The topics of `framework` that `topicQueries` name, in file order; every topic when there
  /// are no queries.
  ///
  /// - Throws: `SelectionError` when a query matches no topic or several.
  public func resolveTopics(in framework: Framework) throws(SelectionError) -> [Topic] {
    guard !topicQueries.isEmpty else { return framework.topics }
    var chosen = Array(repeating: false, count: framework.topics.count)
    for query in topicQueries {
      chosen[try Self.topicIndex(matching: query, in: framework)] = true
    }
    return framework.topics.indices.filter { chosen[$0] }.map { framework.topics[$0] }
  }

  /// The index of the one topic `query` names: a topic whose name or title equals it ignoring
  /// case, else the one topic whose name or title starts with it.
  public static func topicIndex(
    matching query: String,
    in framework: Framework
  ) throws(SelectionError) -> Int {
    let needle = query.lowercased()
    let topics = framework.topics
    let keys = topics.map { topic in
      [topic.name.lowercased(), topic.title?.lowercased()].compactMap { $0 }.filter { !$0.isEmpty }
    }
    let exact = keys.indices.filter { keys[$0].contains(needle) }
    if exact.count == 1, let index = exact.first { return index }
    let candidates =
      exact.isEmpty && !needle.isEmpty
      ? keys.indices.filter { keys[$0].contains { $0.hasPrefix(needle) } } : exact
    if candidates.count == 1, let index = candidates.first { return index }
    if candidates.isEmpty {
      throw .unknownTopic(query, framework: framework.name, topics: topics.map(\.name))
    }
    throw .ambiguousTopic(query, matches: candidates.map { topics[$0].name })
  }

  /// The sections worth showing: as on the framework's site, a topic with nothing at a level
  /// is left out, unless it was asked for with `--topic` or nothing at all is there (then each
  /// section says it is empty).
  private func shownSections(
    _ sections: [SelectedCriteria.Section]
  ) -> [SelectedCriteria.Section] {
    guard topicQueries.isEmpty else { return sections }
    let filled = sections.filter { !$0.criteria.isEmpty }
    return filled.isEmpty ? sections : filled
  }

  private func section(of topic: Topic, atLevel level: Int) -> SelectedCriteria.Section {
    let entries =
      isCumulative
      ? topic.entries(throughLevel: level) : topic.entry(forLevel: level).map { [$0] } ?? []
    var criteria: [Criterion] = []
    var sourceLevels: [Int] = []
    for entry in entries {
      for criterion in entry.criteria where includesInherited || criterion.origin != .inherited {
        criteria.append(criterion)
        sourceLevels.append(entry.level)
      }
    }
    return SelectedCriteria.Section(
      level: level,
      topic: topic,
      criteria: criteria,
      sourceLevels: sourceLevels
    )
  }
}
