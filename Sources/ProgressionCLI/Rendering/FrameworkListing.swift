import ProgressionCore

/// The frameworks `list` prints, each with the name that reaches it and where it was read from,
/// grouped as the framework site's sidebar groups them.
struct FrameworkListing: Sendable {
  /// One framework and its source.
  struct Entry: Sendable {
    var framework: Framework
    /// The name to give `show`: the file name alone when unique, else the path in its place.
    var reference: String
    /// Where the framework was read from, as shown to the user (a relative path when possible).
    var source: String
    /// The place it was found in: a searched folder as written, or `built-in`.
    var place: String
    /// The framework an earlier place makes its names reach instead, if any.
    var shadowedBy: String?
  }

  /// Frameworks of one `sidebarGroup`, or of none.
  struct Group: Sendable {
    /// The group's title as the site shows it (`engineering` → `Engineering`); `nil` for
    /// frameworks without a group.
    var title: String?
    var entries: [Entry]
  }

  var entries: [Entry]

  /// The entries by `sidebarGroup`, groups in the order they first appear, as the site's
  /// sidebar orders them; frameworks without a group come first, in a group without a title,
  /// so that no row reads as part of the group above it.
  var groups: [Group] {
    var groups: [Group] = []
    var indexByKey: [String?: Int] = [:]
    for entry in entries {
      let key = entry.framework.sidebarGroup
      if let index = indexByKey[key] {
        groups[index].entries.append(entry)
      } else {
        indexByKey[key] = groups.count
        groups.append(Group(title: key.map(Self.titleCased), entries: [entry]))
      }
    }
    return groups.filter { $0.title == nil } + groups.filter { $0.title != nil }
  }

  /// The header row of the table `list` prints as text and Markdown.
  static let header = ["Name", "Title", "Levels", "Topics", "Source"]

  /// The row of `entry`: a prose-only framework says so instead of counting levels and topics;
  /// a shadowed one says what hides it.
  static func row(_ entry: Entry) -> [String] {
    let framework = entry.framework
    var source = entry.source
    if let shadowedBy = entry.shadowedBy { source += " (hidden by \(shadowedBy))" }
    if framework.isProseOnly {
      return [entry.reference, framework.title, "prose", "–", source]
    }
    return [
      entry.reference, framework.title, String(framework.levelCount),
      String(framework.topics.count), source,
    ]
  }

  /// Which columns of a row hold numbers, aligned right.
  static let numericColumns: Set<Int> = [2, 3]
  /// Which columns give way, the wider first, when the table is wider than the terminal.
  static let shrinkingColumns = [1, 4]

  /// Each word with its first letter in upper case, as the site titles a sidebar group.
  static func titleCased(_ text: String) -> String {
    text.split(separator: " ", omittingEmptySubsequences: false).map { word in
      guard let first = word.first else { return "" }
      return first.uppercased() + word.dropFirst()
    }.joined(separator: " ")
  }
}
