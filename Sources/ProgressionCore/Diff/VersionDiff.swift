/// What changed between two versions of a framework: settings, topics, criteria and examples.
///
/// Criteria are matched in four passes, each over what the previous ones left unmatched:
/// 1. same topic, level and text (unchanged; not reported);
/// 2. same text anywhere else: `moved` (a criterion at the same topic is preferred, then file
///    order);
/// 3. same topic and level, text at least half the same words in order: `reworded` (see
///    `RewordMatcher` for how the work is bounded);
/// 4. the rest: `removed` and `added`.
/// Passes 1 and 2 are hash lookups, so the whole diff is close to linear in the number of
/// criteria. The examples of every matched criterion are then compared the same way. Criteria
/// inherited from the `generic` framework are not compared: the diff is about the files.
/// The order of criteria within a level is not a change.
public struct VersionDiff: Hashable, Sendable {
  /// Changes to framework-wide settings, in the order of `MetadataChange.Field.allCases`.
  public var metadataChanges: [MetadataChange]
  /// The topics with any change, in the new version's order, then removed topics in the old
  /// version's order.
  public var topics: [TopicDiff]

  /// Compares two versions of a framework.
  ///
  /// - Parameters:
  ///   - old: The version before the change.
  ///   - new: The version after the change.
  public init(from old: Framework, to new: Framework) {
    metadataChanges = Self.metadataChanges(from: old, to: new)
    let oldItems = Item.flatten(old)
    let newItems = Item.flatten(new)
    var matching = Matching(old: oldItems, new: newItems)
    matching.matchInPlace()
    matching.matchMoves()
    matching.matchRewords()
    let changes = matching.changes()
    topics = Self.topicDiffs(from: old, to: new, changes: changes)
  }

  /// Whether the two versions are the same in everything compared.
  public var isEmpty: Bool { metadataChanges.isEmpty && topics.isEmpty }

  /// All criterion and example changes, topic by topic.
  public var changes: [Change] { topics.flatMap(\.changes) }

  /// The number of changes of each kind.
  public var summary: Summary { Summary(metadataChanges: metadataChanges, topics: topics) }

  private static func metadataChanges(from old: Framework, to new: Framework) -> [MetadataChange] {
    func text(_ value: Bool?) -> String? { value.map { $0 ? "true" : "false" } }
    var changes: [MetadataChange] = []
    for field in MetadataChange.Field.allCases {
      let values: (String?, String?) =
        switch field {
        case .title: (old.title, new.title)
        case .levels: (String(old.levelCount), String(new.levelCount))
        case .sitePath: (old.sitePath, new.sitePath)
        case .sidebarTitle: (old.sidebarTitle, new.sidebarTitle)
        case .sidebarGroup: (old.sidebarGroup, new.sidebarGroup)
        case .homepage: (text(old.homepage), text(new.homepage))
        case .proseOnly: (text(!old.isProseOnly), text(!new.isProseOnly))
        case .text: (nil, nil)
        }
      if values.0 != values.1 {
        changes.append(MetadataChange(field: field, old: values.0, new: values.1))
      }
    }
    // A prose-only page's text is its whole content; other frameworks' bodies are not compared.
    if old.isProseOnly || new.isProseOnly, old.body != new.body {
      let (before, after) = (lineCount(of: old.body), lineCount(of: new.body))
      changes.append(
        MetadataChange(
          field: .text,
          old: before,
          new: before == after ? after + ", reworded" : after
        )
      )
    }
    return changes
  }

  /// `1 line`, `12 lines`: how long a Markdown text is.
  private static func lineCount(of text: String) -> String {
    let count =
      text.split(separator: "\n", omittingEmptySubsequences: false).count
      - (text.hasSuffix("\n") ? 1 : 0)
    return count == 1 ? "1 line" : "\(count) lines"
  }

  /// Groups changes by topic and adds the topic-level changes.
  private static func topicDiffs(
    from old: Framework,
    to new: Framework,
    changes: [Change]
  ) -> [TopicDiff] {
    var byTopic: [String: [Change]] = [:]
    for change in changes { byTopic[change.place.topic, default: []].append(change) }
    var oldTopics: [String: Topic] = [:]
    for topic in old.topics where oldTopics[topic.name] == nil { oldTopics[topic.name] = topic }
    var seen: Set<String> = []
    var result: [TopicDiff] = []
    for topic in new.topics where seen.insert(topic.name).inserted {
      var topicChange: TopicChange?
      if let previous = oldTopics[topic.name] {
        let oldTitle = previous.title.flatMap { $0.isEmpty ? nil : $0 }
        let newTitle = topic.title.flatMap { $0.isEmpty ? nil : $0 }
        if oldTitle != newTitle { topicChange = .retitled(old: oldTitle, new: newTitle) }
      } else {
        topicChange = .added
      }
      let topicChanges = byTopic[topic.name] ?? []
      if topicChange != nil || !topicChanges.isEmpty {
        result.append(
          TopicDiff(
            name: topic.name,
            displayTitle: topic.displayTitle,
            topicChange: topicChange,
            changes: topicChanges
          )
        )
      }
    }
    for topic in old.topics where seen.insert(topic.name).inserted {
      result.append(
        TopicDiff(
          name: topic.name,
          displayTitle: topic.displayTitle,
          topicChange: .removed,
          changes: byTopic[topic.name] ?? []
        )
      )
    }
    return result
  }
}
