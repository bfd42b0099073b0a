import ProgressionCore

/// Renders progress as JSON, keys in a fixed order:
///
/// ```
/// {"checklists": [{"path", "framework", "title", "level", "ticked", "total",
///   "topics": [{"name", "title", "ticked", "total",
///     "open": [{"id", "level", "text", "line"}]}]}],
///  "ticked", "total"}
/// ```
///
/// The outer `ticked` and `total` add up every checklist.
enum ProgressJSONRenderer {
  /// The JSON of `report`, as UTF-8.
  static func render(_ report: ProgressReport) -> [UInt8] {
    var json = JSONWriter()
    json.beginObject()
    json.key("checklists")
    json.beginArray()
    for entry in report.entries {
      let checklist = entry.checklist
      json.beginObject()
      json.member("path", entry.path)
      json.member("framework", checklist.header.frameworkName)
      json.member("title", checklist.header.frameworkTitle)
      json.member("level", checklist.header.level)
      tally(checklist.tally, &json)
      json.key("topics")
      json.beginArray()
      for topic in checklist.topics {
        json.beginObject()
        json.member("name", topic.name)
        json.member("title", topic.title)
        tally(topic.tally, &json)
        json.key("open")
        json.beginArray()
        for item in topic.items where !item.isTicked {
          json.beginObject()
          json.member("id", item.id)
          json.member("level", item.level)
          json.member("text", item.text)
          json.key("line")
          if let line = item.line { json.int(line) } else { json.null() }
          json.endObject()
        }
        json.endArray()
        json.endObject()
      }
      json.endArray()
      json.endObject()
    }
    json.endArray()
    let items = report.entries.flatMap(\.checklist.items)
    tally(Checklist.Tally(items), &json)
    json.endObject()
    json.endDocument()
    return json.bytes
  }

  private static func tally(_ tally: Checklist.Tally, _ json: inout JSONWriter) {
    json.member("ticked", tally.ticked)
    json.member("total", tally.total)
  }
}
