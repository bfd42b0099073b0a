import ProgressionCore

extension DiffJSONRenderer {
  /// The JSON of a version diff:
  ///
  /// `schemaVersion`, `kind: "versions"`, `old` and `new` (the `framework` object of `show`),
  /// `identical`, `summary` (counts by kind and `total`), `metadata` (`field`, `old`, `new`),
  /// `topics` (topic-level changes: `name`, `change` of `added`, `removed` or `retitled`,
  /// `oldTitle`, `newTitle`), then `changes`: every criterion and example change, topic by topic
  /// and level by level, each with the same keys: `kind`, `topic`, `level`, `from` (`{topic,
  /// level}` for a move, else `null`), `line`, `oldText`, `newText`, `criterion`, `words` and
  /// `examples`.
  static func render(_ comparison: VersionComparison) -> [UInt8] {
    let diff = comparison.diff
    var json = JSONWriter(reservingCapacity: 4096)
    json.beginObject()
    json.member("schemaVersion", schemaVersion)
    json.member("kind", "versions")
    json.key("old")
    JSONRenderer.writeMetadata(of: comparison.old, source: comparison.oldSource, into: &json)
    json.key("new")
    JSONRenderer.writeMetadata(of: comparison.new, source: comparison.newSource, into: &json)
    json.member("identical", diff.isEmpty)
    json.key("summary")
    writeSummary(diff.summary, into: &json)
    json.key("metadata")
    json.beginArray()
    for change in diff.metadataChanges {
      json.beginObject()
      json.member("field", change.field.rawValue)
      json.member("old", change.old)
      json.member("new", change.new)
      json.endObject()
    }
    json.endArray()
    json.key("topics")
    json.beginArray()
    for topic in diff.topics {
      guard let topicChange = topic.topicChange else { continue }
      writeTopicChange(topicChange, of: topic, comparison: comparison, into: &json)
    }
    json.endArray()
    json.key("changes")
    json.beginArray()
    for change in diff.changes { write(change, into: &json) }
    json.endArray()
    json.endObject()
    json.endDocument()
    return json.bytes
  }

  private static func writeSummary(_ summary: VersionDiff.Summary, into json: inout JSONWriter) {
    json.beginObject()
    json.member("added", summary.count(of: .added))
    json.member("removed", summary.count(of: .removed))
    json.member("moved", summary.count(of: .moved))
    json.member("reworded", summary.count(of: .reworded))
    json.member("examplesAdded", summary.count(of: .exampleAdded))
    json.member("examplesRemoved", summary.count(of: .exampleRemoved))
    json.member("examplesReworded", summary.count(of: .exampleReworded))
    json.member("topicsAdded", summary.topicsAdded)
    json.member("topicsRemoved", summary.topicsRemoved)
    json.member("topicsRetitled", summary.topicsRetitled)
    json.member("metadata", summary.metadataChanges)
    json.member("total", summary.total)
    json.endObject()
  }

  private static func writeTopicChange(
    _ change: VersionDiff.TopicChange,
    of topic: VersionDiff.TopicDiff,
    comparison: VersionComparison,
    into json: inout JSONWriter
  ) {
    func title(in framework: Framework) -> String? {
      framework.topics.first { $0.name == topic.name }?.title.flatMap { $0.isEmpty ? nil : $0 }
    }
    json.beginObject()
    json.member("name", topic.name)
    switch change {
    case .added:
      json.member("change", "added")
      json.member("oldTitle", String?.none)
      json.member("newTitle", title(in: comparison.new))
    case .removed:
      json.member("change", "removed")
      json.member("oldTitle", title(in: comparison.old))
      json.member("newTitle", String?.none)
    case .retitled(let old, let new):
      json.member("change", "retitled")
      json.member("oldTitle", old)
      json.member("newTitle", new)
    }
    json.endObject()
  }

  private static func write(_ change: VersionDiff.Change, into json: inout JSONWriter) {
    json.beginObject()
    json.member("kind", change.kind.rawValue)
    json.member("topic", change.place.topic)
    json.member("level", change.place.level)
    json.key("from")
    if let from = change.oldPlace {
      json.beginObject()
      json.member("topic", from.topic)
      json.member("level", from.level)
      json.endObject()
    } else {
      json.null()
    }
    json.member("line", change.position.line)
    json.member("oldText", change.oldText)
    json.member("newText", change.newText)
    json.member("criterion", change.criterion?.text)
    json.key("words")
    writeWords(change.words, into: &json)
    json.key("examples")
    json.beginArray()
    switch change {
    case .added(let criterion, _), .removed(let criterion, _):
      for example in criterion.examples { json.string(example.text) }
    default:
      break
    }
    json.endArray()
    json.endObject()
  }

  /// Writes a word diff as an array of `{op, text}` (`op` is `equal`, `removed` or `added`), or
  /// `null` when there is none.
  static func writeWords(_ words: WordDiff?, into json: inout JSONWriter) {
    guard let words else { return json.null() }
    json.beginArray()
    for segment in words.segments {
      json.beginObject()
      json.member("op", segment.operation.rawValue)
      json.member("text", segment.text)
      json.endObject()
    }
    json.endArray()
  }
}
