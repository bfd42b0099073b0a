import ProgressionCore

extension ProgressReport {
  /// Whether a checklist is up to date with its framework: what `checklist --update` would
  /// change in it.
  enum FrameworkCheck: Sendable {
    /// `--update` would change nothing; the value is the framework file's path.
    case upToDate(source: String)
    /// `--update` would make these changes with the framework at `source`.
    case outOfDate(source: String, changes: ChecklistUpdate.Summary)
    /// The framework at `source` no longer has the checklist's level, so `--update` cannot
    /// re-sync it; the message says what to do.
    case levelGone(source: String, message: String)
    /// The framework named `name` could not be found or read; the message says why and what to
    /// do.
    case unchecked(name: String, message: String)

    /// The check of `checklist`, read from `source`, against the framework `load` finds for it
    /// (the one `override` names, else the header's), as `--update` would find it.
    static func check(
      _ checklist: Checklist,
      source: [UInt8],
      override: String?,
      load: (String) throws(FrameworkCatalogError) -> LoadedFramework
    ) -> FrameworkCheck {
      let loaded: LoadedFramework
      do throws(ChecklistError) {
        loaded = try ChecklistSync.load(
          for: checklist,
          override: override,
          source: source,
          load: load
        )
      } catch {
        return .unchecked(name: override ?? checklist.header.frameworkName, message: error.message)
      }
      let path = loaded.file.source.path
      do throws(ChecklistError) {
        try ChecklistSync.checkLevel(of: checklist, in: loaded.framework, source: source)
      } catch {
        return .levelGone(source: path, message: error.message)
      }
      let update = ChecklistSync.update(checklist, source: source, with: loaded)
      return update.summary.isEmpty
        ? .upToDate(source: path) : .outOfDate(source: path, changes: update.summary)
    }

    /// The framework file checked against; `nil` when none could be used.
    var source: String? {
      switch self {
      case .upToDate(let source), .outOfDate(let source, _), .levelGone(let source, _): source
      case .unchecked: nil
      }
    }

    /// Why the check could not say what `--update` would change, and what to do; `nil` when it
    /// could.
    var message: String? {
      switch self {
      case .upToDate, .outOfDate: nil
      case .levelGone(_, let message), .unchecked(_, let message): message
      }
    }

    /// `up to date`, `out of date: 1 reworded, 2 added`, `out of date: level gone` or
    /// `not checked: cannot use the framework 'mobile'`: the check in a few words, for a row of
    /// a team's view.
    var brief: String {
      switch self {
      case .upToDate: "up to date"
      case .outOfDate(_, let changes): "out of date: " + ChecklistSync.changes(changes)
      case .levelGone: "out of date: level gone"
      case .unchecked(let name, _): "not checked: cannot use the framework '\(name)'"
      }
    }

    /// The check in a sentence, for one checklist shown in detail: `command` is how to re-sync
    /// it.
    func sentence(command: String) -> String {
      switch self {
      case .upToDate(let source):
        "Up to date with its framework, '\(source)'."
      case .outOfDate(let source, let changes):
        "Out of date with its framework, '\(source)': \(ChecklistSync.changes(changes)); "
          + "run '\(command)' to re-sync it."
      case .levelGone(let source, let message):
        "Out of date with its framework, '\(source)': \(message)."
      case .unchecked(_, let message):
        "Not checked against its framework: \(message)."
      }
    }
  }
}
