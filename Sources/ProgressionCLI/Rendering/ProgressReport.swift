import ProgressionCore

/// The checklists `progress` read, each with the path it was read from: what every progress
/// renderer lays out.
struct ProgressReport: Sendable {
  /// One checklist read.
  struct Entry: Sendable {
    /// The path as given (or as found in a folder).
    var path: String
    /// The checklist.
    var checklist: Checklist
    /// Whether it is up to date with its framework.
    var check: FrameworkCheck
  }

  /// The checklists, in the order given.
  var entries: [Entry]
  /// The options that found the frameworks (`--dir`, `--framework`), to repeat in the
  /// `checklist --update` command suggested for a checklist out of date.
  var frameworkArguments: [String] = []

  /// Whether to show one row per checklist (a team's view) rather than one checklist in detail.
  var isSummary: Bool { entries.count > 1 }

  /// The reminder every rendering ends with.
  static let caveat =
    "A record of evidence for a conversation, not a pass mark: "
    + "one can progress without showing every behaviour."

  /// `7/10`-style text for a tally.
  static func fraction(_ tally: Checklist.Tally) -> String { "\(tally.ticked)/\(tally.total)" }

  /// The tally as a bar of `cells` cells, `███████░░░`.
  static func bar(_ tally: Checklist.Tally, cells: Int = 10) -> String {
    let filled = tally.filledCells(of: cells)
    return String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
  }

  /// Whether `checklist --update` would change any of the checklists.
  var hasUpdates: Bool {
    entries.contains { if case .outOfDate = $0.check { true } else { false } }
  }

  /// The command that re-syncs the checklist at `path` with the framework it was checked
  /// against; `FILE` stands for a checklist read from standard input (`-`).
  func updateCommand(path: String) -> String {
    let file = path == "-" ? "FILE" : path
    return (["progression checklist --update", file] + frameworkArguments).joined(separator: " ")
  }

  /// The command that re-syncs any checklist out of date, with `FILE` for its path.
  var updateCommand: String { updateCommand(path: "FILE") }

  /// What a checklist is for: `📱 Mobile Engineering Framework, level 2`.
  static func subject(_ header: Checklist.Header) -> String {
    let title = header.frameworkTitle.isEmpty ? header.frameworkName : header.frameworkTitle
    return "\(title), level \(header.level)"
  }
}
