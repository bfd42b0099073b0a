import ProgressionCore

/// The frameworks `list` prints, each with where it was read from, in the order to print them.
struct FrameworkListing: Sendable {
  /// One framework and its source.
  struct Entry: Sendable {
    var framework: Framework
    /// Where the framework was read from, as shown to the user (a relative path when possible).
    var source: String
  }

  var entries: [Entry]

  /// The table `list` prints as text and Markdown: a header row, then one row per framework.
  var rows: [[String]] {
    var rows: [[String]] = [["Name", "Title", "Levels", "Topics", "Source"]]
    for entry in entries {
      let framework = entry.framework
      rows.append([
        framework.name, framework.title, String(framework.levelCount),
        String(framework.topics.count), entry.source,
      ])
    }
    return rows
  }

  /// Which columns of `rows` hold numbers, aligned right.
  static let numericColumns: Set<Int> = [2, 3]
}
