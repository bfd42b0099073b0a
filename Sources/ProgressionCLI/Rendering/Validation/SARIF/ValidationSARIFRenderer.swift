import ProgressionCore

/// Renders `validate`'s findings as a SARIF 2.1.0 log, the exchange format code-scanning
/// services (GitHub, Azure DevOps) and editors' problem panels read:
/// ```
/// { "$schema": "...sarif-2.1.0.json", "version": "2.1.0", "runs": [ {
///     "tool": { "driver": { "name": "progression", "rules": [ every rule of the registry ] } },
///     "columnKind": "unicodeCodePoints",
///     "results": [ { "ruleId", "ruleIndex", "level", "message", "locations",
///                    "relatedLocations" (notes), "fixes" (certain fixes) } ] } ] }
/// ```
/// One run; the driver's rules are `ValidationRule.all`, in order, so a result's `ruleIndex` is
/// its rule's index there. A finding's region runs from its line and column to the end of that
/// line; one about a whole file has no region.
enum ValidationSARIFRenderer {
  /// The schema the log declares.
  static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

  /// The whole log, for the results of every file checked.
  static func render(_ results: [SARIFResult]) -> [UInt8] {
    var json = JSONWriter(reservingCapacity: 16_384)
    json.beginObject()
    json.member("$schema", schema)
    json.member("version", "2.1.0")
    json.key("runs")
    json.beginArray()
    json.beginObject()
    writeTool(into: &json)
    json.member("columnKind", "unicodeCodePoints")
    json.key("results")
    json.beginArray()
    for result in results { write(result, into: &json) }
    json.endArray()
    json.endObject()
    json.endArray()
    json.endObject()
    json.endDocument()
    return json.bytes
  }

  /// SARIF's name for a severity.
  static func level(of severity: Diagnostic.Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .note: "note"
    }
  }

  private static let ruleIndexes: [String: Int] = Dictionary(
    ValidationRule.all.enumerated().map { ($0.element.id, $0.offset) },
    uniquingKeysWith: { first, _ in first }
  )

  private static func writeTool(into json: inout JSONWriter) {
    json.key("tool")
    json.beginObject()
    json.key("driver")
    json.beginObject()
    json.member("name", HelpGenerator.toolName)
    json.member("version", Tool.version)
    json.key("rules")
    json.beginArray()
    for rule in ValidationRule.all {
      json.beginObject()
      json.member("id", rule.id)
      writeText("shortDescription", rule.summary, into: &json)
      json.key("defaultConfiguration")
      json.beginObject()
      json.member("level", level(of: rule.severity))
      json.endObject()
      json.endObject()
    }
    json.endArray()
    json.endObject()
    json.endObject()
  }

  private static func write(_ result: SARIFResult, into json: inout JSONWriter) {
    json.beginObject()
    json.member("ruleId", result.finding.ruleID)
    if let index = ruleIndexes[result.finding.ruleID] { json.member("ruleIndex", index) }
    json.member("level", level(of: result.finding.severity))
    writeText("message", result.finding.message, into: &json)
    json.key("locations")
    json.beginArray()
    writeLocation(uri: result.uri, region: result.region, into: &json)
    json.endArray()
    if !result.related.isEmpty {
      json.key("relatedLocations")
      json.beginArray()
      for (index, related) in result.related.enumerated() {
        writeLocation(uri: result.uri, region: related.region, id: index, into: &json) {
          writeText("message", related.message, into: &$0)
        }
      }
      json.endArray()
    }
    if !result.replacements.isEmpty {
      writeFix(result, into: &json)
    }
    json.endObject()
  }

  /// `"fixes": [{description, artifactChanges: [{artifactLocation, replacements}]}]`.
  private static func writeFix(_ result: SARIFResult, into json: inout JSONWriter) {
    json.key("fixes")
    json.beginArray()
    json.beginObject()
    writeText("description", "apply the certain fix (progression validate --fix)", into: &json)
    json.key("artifactChanges")
    json.beginArray()
    json.beginObject()
    writeArtifactLocation(result.uri, into: &json)
    json.key("replacements")
    json.beginArray()
    for replacement in result.replacements {
      json.beginObject()
      writeRegion(replacement.deletedRegion, named: "deletedRegion", into: &json)
      writeText("insertedContent", replacement.insertedText, into: &json)
      json.endObject()
    }
    json.endArray()
    json.endObject()
    json.endArray()
    json.endObject()
    json.endArray()
  }

  /// `{"id"?, "physicalLocation": {"artifactLocation", "region"?}, ...extra}`.
  private static func writeLocation(
    uri: String,
    region: SARIFRegion?,
    id: Int? = nil,
    into json: inout JSONWriter,
    extra: (inout JSONWriter) -> Void = { _ in }
  ) {
    json.beginObject()
    if let id { json.member("id", id) }
    json.key("physicalLocation")
    json.beginObject()
    writeArtifactLocation(uri, into: &json)
    if let region { writeRegion(region, named: "region", into: &json) }
    json.endObject()
    extra(&json)
    json.endObject()
  }

  private static func writeArtifactLocation(_ uri: String, into json: inout JSONWriter) {
    json.key("artifactLocation")
    json.beginObject()
    json.member("uri", uri)
    json.endObject()
  }

  private static func writeRegion(
    _ region: SARIFRegion,
    named name: String,
    into json: inout JSONWriter
  ) {
    json.key(name)
    json.beginObject()
    json.member("startLine", region.startLine)
    json.member("startColumn", region.startColumn)
    json.member("endLine", region.endLine)
    json.member("endColumn", region.endColumn)
    json.endObject()
  }

  /// `"name": {"text": text}`, SARIF's message object.
  private static func writeText(_ name: String, _ text: String, into json: inout JSONWriter) {
    json.key(name)
    json.beginObject()
    json.member("text", text)
    json.endObject()
  }
}
