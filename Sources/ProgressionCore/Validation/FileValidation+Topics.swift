import YAMLSubset

extension FileValidation {
  /// `duplicate-topic` and `empty-topic`: topic names are unique, ignoring case (as `show
  /// --topic` matches them), and each topic has at least one level.
  mutating func checkTopics(of framework: Framework) {
    var firstPositions: [String: SourcePosition] = [:]
    for topic in framework.topics {
      let key = topic.name.lowercased()
      if let first = firstPositions[key] {
        report(
          .duplicateTopic,
          TopicMessage.duplicate(topic.name, firstLine: first.line),
          at: topic.position,
          notes: [Diagnostic.Note(message: "first appearance is here", position: first)]
        )
      } else {
        firstPositions[key] = topic.position
      }
      if topic.levels.isEmpty {
        report(.emptyTopic, TopicMessage.empty(topic.name), at: topic.position)
      }
    }
  }
}

/// The messages of the topic rules.
enum TopicMessage {
  static func duplicate(_ name: String, firstLine: Int) -> String {
    "topic '\(name)' appears twice (first on line \(firstLine)); merge the two topics, or "
      + "rename one"
  }

  static func empty(_ name: String) -> String {
    "topic '\(name)' has no levels; add '- level: N' items to its 'content', or remove it"
  }
}
