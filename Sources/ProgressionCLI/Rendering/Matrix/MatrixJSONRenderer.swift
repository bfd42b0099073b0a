import ProgressionCore

/// Renders `matrix` as JSON: `schemaVersion`, `framework` (its name), `source`, `proseOnly`,
/// `levels` (the columns), `topics`, each with `name`, `title`, `counts` (one per level, in
/// column order) and `total`, then `levelTotals` and `total`. A prose-only framework has empty
/// `levels` and `topics`.
///
/// With `--text` each topic also has `criteria`: one array per level, in column order, of
/// `{text, exampleCriterion, inherited}`.
enum MatrixJSONRenderer {
  /// The JSON of `report`, as UTF-8.
  static func render(_ report: MatrixReport) -> [UInt8] {
    let matrix = report.matrix
    var json = JSONWriter()
    json.beginObject()
    json.member("schemaVersion", JSONRenderer.schemaVersion)
    json.member("framework", report.framework)
    json.member("source", report.source)
    json.member("proseOnly", report.isProseOnly)
    json.key("levels")
    integers(matrix.levels, to: &json)
    json.key("topics")
    json.beginArray()
    for row in matrix.rows {
      json.beginObject()
      json.member("name", row.name)
      json.member("title", row.title)
      json.key("counts")
      integers(row.counts, to: &json)
      json.member("total", row.total)
      if report.includesText {
        json.key("criteria")
        json.beginArray()
        for cell in row.cells { criteria(cell, to: &json) }
        json.endArray()
      }
      json.endObject()
    }
    json.endArray()
    json.key("levelTotals")
    integers(matrix.columnTotals, to: &json)
    json.member("total", matrix.total)
    json.endObject()
    return json.lineEndedBytes()
  }

  /// Writes `values` as an array of numbers.
  private static func integers(_ values: [Int], to json: inout JSONWriter) {
    json.beginArray()
    for value in values { json.int(value) }
    json.endArray()
  }

  /// Writes one cell's criteria as an array of objects.
  private static func criteria(_ cell: [Criterion], to json: inout JSONWriter) {
    json.beginArray()
    for criterion in cell { JSONRenderer.writeBriefCriterion(criterion, into: &json) }
    json.endArray()
  }
}
