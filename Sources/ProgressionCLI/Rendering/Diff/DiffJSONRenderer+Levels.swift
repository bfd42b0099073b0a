import ProgressionCore

extension DiffJSONRenderer {
  /// The JSON of a level diff:
  ///
  /// `schemaVersion`, `kind: "levels"`, `framework` (`name`, `title`, `levels`, `source`),
  /// `from`, `to`, `direction` (`up` or `down`), `levels` (the levels whose criteria are listed),
  /// `examples` (whether examples are included), `summary` (`criteria`, `topics` with criteria),
  /// then `topics`: every topic shown, with `name`, `title`, `status` (`continuing`,
  /// `starts-in-range`, `starts-above`, `empty`), `startsAt` (its first level, or `null`) and
  /// `criteria` (each with `level`, `text`, `inherited`, `exampleCriterion`, `examples`).
  static func render(_ diff: LevelDiff, source: String?, includesExamples: Bool) -> [UInt8] {
    var json = JSONWriter(reservingCapacity: 4096)
    json.beginObject()
    json.member("schemaVersion", schemaVersion)
    json.member("kind", "levels")
    json.key("framework")
    json.beginObject()
    json.member("name", diff.frameworkName)
    json.member("title", diff.frameworkTitle)
    json.member("levels", diff.levelCount)
    json.member("source", source)
    json.endObject()
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
        writeCriterion(
          entry.criterion,
          level: entry.level,
          includesExamples: includesExamples,
          into: &json
        )
      }
      json.endArray()
      json.endObject()
    }
    json.endArray()
    json.endObject()
    return finish(json)
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
