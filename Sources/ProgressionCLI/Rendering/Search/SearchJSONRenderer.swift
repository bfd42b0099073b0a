import ProgressionCore

/// Renders `search` results as JSON: `schemaVersion`, `terms` (as typed), `frameworks` (how
/// many were searched), `matchedFrameworks`, and `hits`, each with `framework` (the name that
/// reaches it), `source`, `topic` (its name), `topicTitle`, `level` (`null` for a topic title),
/// `kind` (`topic-title`, `criterion`, `example-criterion` or `example`), `text`, `inherited`
/// and `matches`: `[{start, length}]`, counted in characters (grapheme clusters, as columns
/// are) from the start of `text`.
enum SearchJSONRenderer {
  /// The JSON of `results`, as UTF-8.
  static func render(_ results: SearchResults) -> [UInt8] {
    var json = JSONWriter()
    json.beginObject()
    json.member("schemaVersion", JSONRenderer.schemaVersion)
    json.key("terms")
    json.beginArray()
    for term in results.terms { json.string(term) }
    json.endArray()
    json.member("frameworks", results.frameworkCount)
    json.member("matchedFrameworks", results.matchedFrameworkCount)
    json.key("hits")
    json.beginArray()
    for hit in results.hits {
      json.beginObject()
      json.member("framework", hit.framework)
      json.member("source", hit.source)
      json.member("topic", hit.topic)
      json.member("topicTitle", hit.topicTitle)
      json.key("level")
      if let level = hit.level { json.int(level) } else { json.null() }
      json.member("kind", hit.kind.rawValue)
      json.member("text", hit.text)
      json.member("inherited", hit.isInherited)
      json.key("matches")
      json.beginArray()
      for match in hit.matches {
        json.beginObject()
        json.member("start", hit.text.distance(from: hit.text.startIndex, to: match.lowerBound))
        json.member("length", hit.text.distance(from: match.lowerBound, to: match.upperBound))
        json.endObject()
      }
      json.endArray()
      json.endObject()
    }
    json.endArray()
    json.endObject()
    return json.lineEndedBytes()
  }
}
