import ProgressionCore

/// Renders a checklist as JSON, keys in a fixed order:
///
/// ```
/// {"schemaVersion": 1, "framework": {"name", "title", "source"}, "level", "cumulative",
///  "topics": [{"name", "title", "items": [{"id", "level", "text", "kind", "met", "examples"?}]}]}
/// ```
///
/// `kind` is `own`, `example` or `inherited`; `examples` is there only with `--examples`.
enum ChecklistJSONRenderer {
  /// The JSON of `checklist`, as UTF-8.
  static func render(_ checklist: Checklist, includesExamples: Bool) -> [UInt8] {
    var json = JSONWriter()
    json.beginObject()
    json.member("schemaVersion", JSONRenderer.schemaVersion)
    json.key("framework")
    json.beginObject()
    json.member("name", checklist.header.frameworkName)
    json.member("title", checklist.header.frameworkTitle)
    json.member("source", checklist.header.source)
    json.endObject()
    json.member("level", checklist.header.level)
    json.member("cumulative", checklist.header.isCumulative)
    json.key("topics")
    json.beginArray()
    for topic in checklist.topics {
      json.beginObject()
      json.member("name", topic.name)
      json.member("title", topic.title)
      json.key("items")
      json.beginArray()
      for item in topic.items {
        json.beginObject()
        json.member("id", item.id)
        json.member("level", item.level)
        json.member("text", item.text)
        json.member("kind", item.kind.rawValue)
        json.member("met", item.isTicked)
        if includesExamples {
          json.key("examples")
          json.beginArray()
          for example in item.examples { json.string(example) }
          json.endArray()
        }
        json.endObject()
      }
      json.endArray()
      json.endObject()
    }
    json.endArray()
    json.endObject()
    json.endDocument()
    return json.bytes
  }
}
