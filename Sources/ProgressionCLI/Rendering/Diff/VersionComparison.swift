import ProgressionCore

/// Two versions of a framework, where they were read from, and what changed between them: all
/// the renderers of a version diff need.
package struct VersionComparison {
  /// The old version.
  package var old: Framework
  /// Where the old version was read from, as the user wrote it (`<stdin>` for `-`).
  package var oldSource: String
  /// The new version.
  package var new: Framework
  /// Where the new version was read from.
  package var newSource: String
  /// The changes from `old` to `new`.
  package var diff: VersionDiff

  /// Compares `old` with `new`.
  package init(old: Framework, oldSource: String, new: Framework, newSource: String) {
    self.old = old
    self.oldSource = oldSource
    self.new = new
    self.newSource = newSource
    diff = VersionDiff(from: old, to: new)
  }
}
