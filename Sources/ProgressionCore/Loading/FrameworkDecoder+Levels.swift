import YAMLSubset

extension FrameworkDecoder {
  /// Decodes one item of a topic's `content`: its level, criteria and example criteria.
  ///
  /// `firstPositions` holds where each level of the topic was first seen, to refuse a second one.
  /// `levelCount` is `nil` when the framework's levels are unknown; levels are then not checked
  /// against them. A level out of range or seen before is recorded, and the entry still decoded.
  ///
  /// - Throws: an error that makes the entry unreadable (no mapping, no whole-number level,
  ///   `criteria` or `exampleCriteria` that is not a list), which a collecting caller records
  ///   before skipping the entry.
  mutating func decodeLevel(
    _ node: YAMLNode,
    topic: String,
    levelCount: Int?,
    firstPositions: inout [Int: SourcePosition]
  ) throws(FrameworkError) -> TopicLevel {
    guard let mapping = node.mapping else {
      throw FrameworkError(.levelEntryNotMapping(topic: topic), at: node.position)
    }
    guard let levelNode = mapping["level"], !levelNode.isNull else {
      throw FrameworkError(.missingLevel(topic: topic), at: mapping.position)
    }
    guard let levelScalar = levelNode.scalar, case .int(let level) = levelScalar.value else {
      throw FrameworkError(
        .levelNotInteger(found: levelNode.scalar?.text, topic: topic),
        at: levelNode.position
      )
    }
    if let levelCount, level < 1 || level > levelCount {
      try record(
        FrameworkError(
          .levelOutOfRange(level, topic: topic, levelCount: levelCount),
          at: levelNode.position
        )
      )
    } else if let first = firstPositions[level] {
      try record(
        FrameworkError(.duplicateLevel(level, topic: topic, first: first), at: levelNode.position)
      )
    } else {
      firstPositions[level] = levelNode.position
    }

    var criteria: [Criterion] = []
    var exampleCriteria: [Criterion] = []
    for entry in mapping.entries {
      switch entry.key.text {
      case "level":
        break
      case "criteria":
        criteria = try decodeCriteria(entry.value, topic: topic, level: level)
      case "exampleCriteria":
        exampleCriteria = try decodeExampleCriteria(entry.value, topic: topic, level: level)
      default:
        noticeUnknownKey(entry.key, knownKeys: Self.levelKeys)
      }
    }
    return TopicLevel(
      level: level,
      criteria: criteria + exampleCriteria,
      position: mapping.position
    )
  }

  /// Decodes a `criteria:` list; null is an empty list.
  private mutating func decodeCriteria(
    _ node: YAMLNode,
    topic: String,
    level: Int
  ) throws(FrameworkError) -> [Criterion] {
    try decodeList(node, notList: .criteriaNotList(topic: topic, level: level)) {
      decoder,
      item throws(FrameworkError) in
      Criterion(
        text: try decoder.criterionText(item, topic: topic, level: level),
        position: item.position
      )
    }
  }

  /// Decodes an `exampleCriteria:` list; null is an empty list.
  private mutating func decodeExampleCriteria(
    _ node: YAMLNode,
    topic: String,
    level: Int
  ) throws(FrameworkError) -> [Criterion] {
    try decodeList(node, notList: .exampleCriteriaNotList(topic: topic, level: level)) {
      decoder,
      item throws(FrameworkError) in
      try decoder.decodeExampleCriterion(item, topic: topic, level: level)
    }
  }

  /// Decodes a list whose items `decodeItem` reads; null is an empty list.
  ///
  /// An item that cannot be read is recorded (thrown, unless the decoder collects errors) and
  /// left out; a node that is not a list throws `FrameworkError(reason)` at the node.
  private mutating func decodeList<Item>(
    _ node: YAMLNode,
    notList reason: FrameworkError.Reason,
    decodeItem: (inout Self, YAMLNode) throws(FrameworkError) -> Item
  ) throws(FrameworkError) -> [Item] {
    if node.isNull { return [] }
    guard let sequence = node.sequence else { throw FrameworkError(reason, at: node.position) }
    var items: [Item] = []
    items.reserveCapacity(sequence.items.count)
    for item in sequence.items {
      do throws(FrameworkError) {
        items.append(try decodeItem(&self, item))
      } catch {
        try record(error)
      }
    }
    return items
  }

  /// Decodes one item of an `exampleCriteria:` list.
  private mutating func decodeExampleCriterion(
    _ item: YAMLNode,
    topic: String,
    level: Int
  ) throws(FrameworkError) -> Criterion {
    guard let mapping = item.mapping else {
      throw FrameworkError(
        .exampleCriterionNotMapping(topic: topic, level: level),
        at: item.position
      )
    }
    var text: String?
    var position = mapping.position
    var examples: [Example] = []
    for entry in mapping.entries {
      switch entry.key.text {
      case "criteria":
        text = try criterionText(entry.value, topic: topic, level: level)
        position = entry.value.position
      case "examples":
        examples = try decodeExamples(entry.value, topic: topic, level: level)
      default:
        noticeUnknownKey(entry.key, knownKeys: Self.exampleCriterionKeys)
      }
    }
    guard let text else {
      throw FrameworkError(
        .missingExampleCriterionText(topic: topic, level: level),
        at: mapping.position
      )
    }
    return Criterion(text: text, isExampleCriterion: true, examples: examples, position: position)
  }

  /// Decodes an `examples:` list; null is an empty list.
  private mutating func decodeExamples(
    _ node: YAMLNode,
    topic: String,
    level: Int
  ) throws(FrameworkError) -> [Example] {
    try decodeList(node, notList: .examplesNotList(topic: topic, level: level)) {
      decoder,
      item throws(FrameworkError) in
      guard let scalar = item.scalar else {
        throw FrameworkError(.exampleNotText(topic: topic, level: level), at: item.position)
      }
      if scalar.isNull { decoder.notice(.nullExample, at: item.position) }
      return Example(text: scalar.isNull ? "" : scalar.text, position: item.position)
    }
  }

  /// The text of a criterion: any scalar's text (`- 100` is "100"); null is the empty text.
  private mutating func criterionText(
    _ node: YAMLNode,
    topic: String,
    level: Int
  ) throws(FrameworkError) -> String {
    guard let scalar = node.scalar else {
      throw FrameworkError(.criterionNotText(topic: topic, level: level), at: node.position)
    }
    if scalar.isNull {
      notice(.nullCriterion, at: node.position)
      return ""
    }
    return scalar.text
  }
}
