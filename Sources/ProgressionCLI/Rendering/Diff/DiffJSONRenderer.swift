import ProgressionCore

/// Renders level and version diffs as JSON for programs, with a fixed key order.
///
/// Both documents start with `schemaVersion` and `kind` (`levels` or `versions`), so a program can
/// tell them apart, and describe frameworks and criteria with the objects `show` writes. The
/// README documents the schemas; `schemaVersion` changes when a key is removed or changes meaning.
enum DiffJSONRenderer {
  /// The version of the schemas of both kinds of diff.
  static let schemaVersion = 1
}
