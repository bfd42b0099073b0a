import ProgressionCore

/// What `matrix` prints: a framework's table and the facts the renderers put around it.
struct MatrixReport: Sendable {
  /// The framework's name, such as `backend`.
  var framework: String
  /// The path of its file, as given or found.
  var source: String
  /// Whether the framework is prose only (`yaml: false`): it has no table to show.
  var isProseOnly: Bool
  /// Whether cells hold the criteria themselves (`--text`) rather than only their count.
  var includesText: Bool
  /// The table.
  var matrix: FrameworkMatrix

  /// The one line said instead of a table for a prose-only framework.
  var proseOnlyMessage: String {
    "'\(framework)' is prose only (yaml: false): it has no topics or levels to tabulate"
  }
}
