import ProgressionCore

/// Renders progress as JSON, keys in a fixed order:
///
/// ```
/// {"schemaVersion": 1, "checklists": [{"path", "framework", "title", "level", "ticked", "total",
///   "frameworkCheck": {"status", "source", "changes", "message"},
///   "topics": [{"name", "title", "ticked", "total",
///     "open": [{"id", "level", "text", "line"}]}]}],
///  "ticked", "total"}
/// ```
///
/// The outer `ticked` and `total` add up every checklist. `frameworkCheck.status` is
/// `up-to-date`, `out-of-date` or `not-checked`; `changes` is what `checklist --update` would
/// change (`{"moved", "reworded", "retired", "restored", "added", "topicsRetitled"}`) or `null`
/// when it cannot re-sync; `message` says why not, else `null`.
enum ProgressJSONRenderer {
  /// The JSON of `report`, as UTF-8.
  static func render(_ report: ProgressReport) -> [UInt8] {
    var json = JSONWriter()
    json.beginObject()
    json.member("schemaVersion", JSONRenderer.schemaVersion)
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
      frameworkCheck(entry.check, &json)
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

  private static func frameworkCheck(
    _ check: ProgressReport.FrameworkCheck,
    _ json: inout JSONWriter
  ) {
    json.key("frameworkCheck")
    json.beginObject()
    let status =
      switch check {
      case .upToDate: "up-to-date"
      case .outOfDate, .levelGone: "out-of-date"
      case .unchecked: "not-checked"
      }
    json.member("status", status)
    json.member("source", check.source)
    json.key("changes")
    switch check {
    case .upToDate:
      changes(ChecklistUpdate.Summary(), &json)
    case .outOfDate(_, let summary):
      changes(summary, &json)
    case .levelGone, .unchecked:
      json.null()
    }
    json.member("message", check.message)
    json.endObject()
  }

  private static func changes(_ summary: ChecklistUpdate.Summary, _ json: inout JSONWriter) {
    json.beginObject()
    json.member("moved", summary.moved)
    json.member("reworded", summary.reworded)
    json.member("retired", summary.retired)
    json.member("restored", summary.restored)
    json.member("added", summary.added)
    json.member("topicsRetitled", summary.retitled)
    json.endObject()
  }

  private static func tally(_ tally: Checklist.Tally, _ json: inout JSONWriter) {
    json.member("ticked", tally.ticked)
    json.member("total", tally.total)
  }
}
