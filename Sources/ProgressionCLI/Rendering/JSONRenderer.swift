import ProgressionCore

/// Renders frameworks as JSON for programs, in one documented schema with a fixed key order.
///
/// `show` writes `schemaVersion`, `framework` (the metadata, as `list` writes it), `selection`
/// (what was asked for, resolved: the levels and topic names shown), `about` (the body, or `null`
/// without `--about`), `topics` (the topics shown) and `criteria`: one flat array in the order of
/// the text output, each with its level (with `--cumulative`, the level it comes from), topic name, text, inherited flag, whether it is an
/// example criterion and its examples (empty unless `selection.examples`). The README documents
/// the schema; `schemaVersion` changes when a key is removed or changes meaning.
enum JSONRenderer {
  /// The version of the schema `show` and `list` write.
  static let schemaVersion = 1

  /// The JSON of `selected`, as UTF-8; `source` is where the framework was read from.
  static func render(_ selected: SelectedCriteria, source: String?) -> [UInt8] {
    let selection = selected.selection
    var json = JSONWriter(reservingCapacity: TextRenderer.estimatedSize(of: selected) * 2)
    json.beginObject()
    json.member("schemaVersion", schemaVersion)
    json.key("framework")
    writeMetadata(of: selected.framework, source: source, into: &json)
    json.key("selection")
    json.beginObject()
    json.key("levels")
    json.beginArray()
    for level in selected.levels { json.int(level) }
    json.endArray()
    json.key("topics")
    json.beginArray()
    for topic in selected.topics { json.string(topic.name) }
    json.endArray()
    json.member("by", selection.grouping.rawValue)
    json.member("examples", selection.includesExamples)
    json.member("about", selection.includesAbout)
    json.member("inherited", selection.includesInherited)
    json.member("cumulative", selection.isCumulative)
    json.endObject()
    json.member("about", selection.includesAbout ? selected.framework.body : nil)
    json.key("topics")
    json.beginArray()
    for topic in selected.topics {
      json.beginObject()
      json.member("name", topic.name)
      json.member("title", topic.displayTitle)
      json.endObject()
    }
    json.endArray()
    json.key("criteria")
    json.beginArray()
    for group in selected.groups {
      for section in group.sections {
        for (criterion, level) in section.sourcedCriteria {
          writeCriterion(
            criterion,
            level: level,
            topic: section.topic.name,
            includesExamples: selection.includesExamples,
            into: &json
          )
        }
      }
    }
    json.endArray()
    json.endObject()
    return json.lineEndedBytes()
  }

  /// Writes the `framework` object: the same in `show` and in each entry of `list`.
  static func writeMetadata(
    of framework: Framework,
    source: String?,
    into json: inout JSONWriter,
    extraMembers: (inout JSONWriter) -> Void = { _ in }
  ) {
    json.beginObject()
    json.member("name", framework.name)
    json.member("title", framework.title)
    json.member("levels", framework.levelCount)
    json.member("topics", framework.topics.count)
    json.member("path", framework.sitePath)
    json.member("sidebarTitle", framework.sidebarTitle)
    json.member("sidebarGroup", framework.sidebarGroup)
    json.member("homepage", framework.homepage)
    json.member("proseOnly", framework.isProseOnly)
    json.member("source", source)
    extraMembers(&json)
    json.endObject()
  }

  /// Writes a criterion where its place is already said, as `matrix --text` and `compare` do:
  /// `{text, exampleCriterion, inherited}`.
  static func writeBriefCriterion(_ criterion: Criterion, into json: inout JSONWriter) {
    json.beginObject()
    json.member("text", criterion.text)
    json.member("exampleCriterion", criterion.isExampleCriterion)
    json.member("inherited", criterion.origin == .inherited)
    json.endObject()
  }

  /// Writes a criterion as `show` does: `level`, `topic` (its name), `text`, `inherited`,
  /// `exampleCriterion` and `examples` (empty unless `includesExamples`). Diffs write their
  /// criteria the same way.
  static func writeCriterion(
    _ criterion: Criterion,
    level: Int,
    topic: String,
    includesExamples: Bool,
    into json: inout JSONWriter
  ) {
    json.beginObject()
    json.member("level", level)
    json.member("topic", topic)
    json.member("text", criterion.text)
    json.member("inherited", criterion.origin == .inherited)
    json.member("exampleCriterion", criterion.isExampleCriterion)
    json.key("examples")
    json.beginArray()
    if includesExamples {
      for example in criterion.examples { json.string(example.text) }
    }
    json.endArray()
    json.endObject()
  }
}
