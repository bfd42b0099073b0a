/// What `matrix` writes (`--format`, `-f`): the formats of `show`, and CSV for a spreadsheet.
enum MatrixFormat: String, Hashable, Sendable, CaseIterable {
  /// For a person at a terminal: a table fitted to the width.
  case text
  /// A GitHub table to paste into a document.
  case markdown
  /// A table for a spreadsheet, one row per topic.
  case csv
  /// For programs: one documented schema with a fixed key order.
  case json
}
