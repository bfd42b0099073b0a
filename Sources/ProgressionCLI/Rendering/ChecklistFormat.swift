/// What `checklist` writes (`--format`, `-f`).
enum ChecklistFormat: String, Hashable, Sendable, CaseIterable {
  /// GitHub task lists to keep in git and tick.
  case markdown
  /// One row per criterion, for a spreadsheet.
  case csv
  /// For programs: one documented schema with a fixed key order.
  case json
}
