import ProgressionCore
import YAMLSubset

/// Renders `validate`'s findings as JSON for programs, in one documented schema with a fixed
/// key order:
/// ```
/// {
///   "schemaVersion": 1,
///   "findings": [
///     { "path": "frameworks/backend.md", "line": 41, "column": 16, "severity": "error",
///       "rule": "duplicate-level", "message": "...",
///       "notes": [ { "line": 33, "column": 16, "message": "first appearance is here" } ],
///       "fix": null }
///   ],
///   "fixed": [],
///   "diff": null,
///   "summary": { "files": 1, "errors": 1, "warnings": 0, "fixed": 0 }
/// }
/// ```
/// `line` and `column` are 1-based (columns count characters) and `null` for a finding about a
/// whole file. `fix` is `null` or `{ "edits": [...] }`, each edit with the `line`, `column`,
/// byte `offset` and byte `length` it replaces and its `replacement`. `fixed` holds the findings
/// `--fix` repaired (or would, with `--dry-run`), as they were before; `diff` is the unified
/// diff of `--dry-run`, else `null`.
enum ValidationJSONRenderer {
  /// The version of the schema; it changes when a key is removed or changes meaning.
  static let schemaVersion = 1

  static func render(_ report: ValidationReport) -> [UInt8] {
    var json = JSONWriter(reservingCapacity: 4096)
    json.beginObject()
    json.member("schemaVersion", schemaVersion)
    json.key("findings")
    json.beginArray()
    for file in report.files {
      for finding in file.findings { write(finding, into: &json) }
    }
    json.endArray()
    json.key("fixed")
    json.beginArray()
    for file in report.files {
      for finding in file.fixed { write(finding, into: &json) }
    }
    json.endArray()
    let diffs = report.files.compactMap(\.diff)
    json.member("diff", diffs.isEmpty ? nil : diffs.joined())
    json.key("summary")
    json.beginObject()
    json.member("files", report.files.count)
    json.member("errors", report.errorCount)
    json.member("warnings", report.warningCount)
    json.member("fixed", report.fixedCount)
    json.endObject()
    json.endObject()
    json.endDocument()
    return json.bytes
  }

  private static func write(_ finding: Diagnostic, into json: inout JSONWriter) {
    json.beginObject()
    json.member("path", finding.path)
    writePosition(finding.position, into: &json)
    json.member("severity", finding.severity.rawValue)
    json.member("rule", finding.ruleID)
    json.member("message", finding.message)
    json.key("notes")
    json.beginArray()
    for note in finding.notes {
      json.beginObject()
      writePosition(note.position, into: &json)
      json.member("message", note.message)
      json.endObject()
    }
    json.endArray()
    json.key("fix")
    if let fix = finding.fix {
      json.beginObject()
      json.key("edits")
      json.beginArray()
      for edit in fix.edits {
        json.beginObject()
        writePosition(edit.position, into: &json)
        json.member("offset", edit.range.lowerBound)
        json.member("length", edit.range.count)
        json.member("replacement", edit.replacement)
        json.endObject()
      }
      json.endArray()
      json.endObject()
    } else {
      json.null()
    }
    json.endObject()
  }

  private static func writePosition(_ position: SourcePosition?, into json: inout JSONWriter) {
    json.key("line")
    if let position { json.int(position.line) } else { json.null() }
    json.key("column")
    if let position { json.int(position.column) } else { json.null() }
  }
}
