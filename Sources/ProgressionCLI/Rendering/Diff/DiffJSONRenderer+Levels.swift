import ProgressionCore

extension DiffJSONRenderer {
  /// The JSON of a level diff:
  ///
  /// `schemaVersion`, `kind: "levels"`, `framework` (the object `show` writes), `from`, `to`,
  /// `direction` (`up` or `down`), `levels` (the levels whose criteria are listed), `examples`
  /// (whether examples are included), `summary` (`criteria`, `topics` with criteria),
  /// then `topics`: every topic shown, with `name`, `title`, `status` (`continuing`,
  /// `starts-in-range`, `starts-above`, `empty`), `startsAt` (its first level, or `null`) and
  /// `criteria` (each as `show` writes a criterion: `level`, `topic`, `text`, `inherited`,
  /// `exampleCriterion`, `examples`).
  ///
  /// - Parameters:
  ///   - framework: the framework compared, for the `framework` object.
  ///   - source: where the framework was read from.
  static func render(
    _ diff: LevelDiff,
    of framework: Framework,
    source: String?,
    includesExamples: Bool
  ) -> [UInt8] {
    var json = JSONWriter(reservingCapacity: 4096)
    json.beginObject()
    json.member("schemaVersion", schemaVersion)
    json.member("kind", "levels")
    json.key("framework")
    JSONRenderer.writeMetadata(of: framework, source: source, into: &json)
    json.member("from", diff.from)
    json.member("to", diff.to)
    json.member("direction", diff.direction.rawValue)
    json.key("levels")
    json.beginArray()
    for level in diff.range { json.int(level) }
    json.endArray()
    json.member("examples", includesExamples)
    json.key("summary")
    json.beginObject()
    json.member("criteria", diff.criterionCount)
    json.member("topics", diff.changedTopicCount)
    json.endObject()
    json.key("topics")
    json.beginArray()
    for topic in diff.topics {
      json.beginObject()
      json.member("name", topic.topic.name)
      json.member("title", topic.topic.displayTitle)
      json.member("status", statusName(topic.status))
      json.key("startsAt")
      if let first = topic.firstLevel { json.int(first) } else { json.null() }
      json.key("criteria")
      json.beginArray()
      for entry in topic.criteria {
        JSONRenderer.writeCriterion(
          entry.criterion,
          level: entry.level,
          topic: topic.topic.name,
          includesExamples: includesExamples,
          into: &json
        )
      }
      json.endArray()
      json.endObject()
    }
    json.endArray()
    json.endObject()
    json.endDocument()
    return json.bytes
  }

  private static func statusName(_ status: LevelDiff.TopicDiff.Status) -> String {
    switch status {
    case .continuing: "continuing"
    case .startsInRange: "starts-in-range"
    case .startsAbove: "starts-above"
    case .empty: "empty"
    }
  }
}
