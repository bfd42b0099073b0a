import ProgressionCore

/// Renders level and version diffs as JSON for programs, with a fixed key order.
///
/// Both documents start with `schemaVersion` and `kind` (`levels` or `versions`), so a program can
/// tell them apart. The README documents the schemas; `schemaVersion` changes when a key is
/// removed or changes meaning.
enum DiffJSONRenderer {
  /// The version of the schemas of both kinds of diff.
  static let schemaVersion = 1

  /// Writes `{"name", "title", "levels"}` for a framework, with its source when known.
  static func writeFramework(_ framework: Framework, source: String?, into json: inout JSONWriter) {
    json.beginObject()
    json.member("name", framework.name)
    json.member("title", framework.title)
    json.member("levels", framework.levelCount)
    json.member("source", source)
    json.endObject()
  }

  /// Writes a criterion as `{"level", "text", "inherited", "exampleCriterion", "examples"}`;
  /// `examples` is empty unless `includesExamples`.
  static func writeCriterion(
    _ criterion: Criterion,
    level: Int?,
    includesExamples: Bool,
    into json: inout JSONWriter
  ) {
    json.beginObject()
    if let level { json.member("level", level) }
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

  /// Ends the document with a line feed.
  static func finish(_ json: JSONWriter) -> [UInt8] {
    var bytes = json.bytes
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }
}
