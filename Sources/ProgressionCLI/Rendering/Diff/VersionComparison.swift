import ProgressionCore

/// Two versions of a framework, where they were read from, and what changed between them: all
/// the renderers of a version diff need.
struct VersionComparison {
  /// The old version.
  var old: Framework
  /// Where the old version was read from, as the user wrote it (`<stdin>` for `-`).
  var oldSource: String
  /// The new version.
  var new: Framework
  /// Where the new version was read from.
  var newSource: String
  /// The changes from `old` to `new`.
  var diff: VersionDiff

  /// Compares `old` with `new`.
  init(old: Framework, oldSource: String, new: Framework, newSource: String) {
    self.old = old
    self.oldSource = oldSource
    self.new = new
    self.newSource = newSource
    diff = VersionDiff(from: old, to: new)
  }
}

extension VersionComparison {
  /// The title the old version shows for the topic called `name`, if the old version has it.
  func oldDisplayTitle(ofTopic name: String) -> String? {
    old.topics.first { $0.name == name }?.displayTitle
  }
}
