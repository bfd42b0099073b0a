import ProgressionCore

/// What `checklist --update` and `progress` share: finding the framework a checklist names and
/// re-syncing the checklist with it, so that `progress` calls out of date exactly what
/// `--update` would change.
enum ChecklistSync {
  /// The framework to re-sync `checklist` with: the one named `override` (`--framework`), else
  /// the one its header names, which must still have the checklist's level.
  ///
  /// - Parameters:
  ///   - source: the checklist's bytes, for the errors' positions.
  ///   - load: finds and reads a framework by name or path (the catalog's `load`).
  /// - Throws: `ChecklistError` at the header's `framework:` line when the framework cannot be
  ///   used, at its `level:` line when the framework no longer has the level.
  static func framework(
    for checklist: Checklist,
    override: String?,
    source: [UInt8],
    load: (String) throws(FrameworkCatalogError) -> LoadedFramework
  ) throws(ChecklistError) -> LoadedFramework {
    let loaded = try self.load(for: checklist, override: override, source: source, load: load)
    try checkLevel(of: checklist, in: loaded.framework, source: source)
    return loaded
  }

  /// The framework named `override`, else the one the header of `checklist` names.
  ///
  /// - Throws: `ChecklistError` at the header's `framework:` line when it cannot be used (the
  ///   line the override stands in for).
  static func load(
    for checklist: Checklist,
    override: String?,
    source: [UInt8],
    load: (String) throws(FrameworkCatalogError) -> LoadedFramework
  ) throws(ChecklistError) -> LoadedFramework {
    let name = override ?? checklist.header.frameworkName
    do throws(FrameworkCatalogError) {
      return try load(name)
    } catch {
      throw ChecklistError(
        override == nil
          ? .frameworkNotFound(name, why: error.message)
          : .givenFrameworkNotFound(name, why: error.message),
        line: checklist.header.keyLines[ChecklistSyntax.Key.framework.rawValue] ?? 1,
        in: source
      )
    }
  }

  /// Checks that `framework` still has the level of `checklist`.
  ///
  /// - Throws: `ChecklistError` at the header's `level:` line when it does not.
  static func checkLevel(
    of checklist: Checklist,
    in framework: Framework,
    source: [UInt8]
  ) throws(ChecklistError) {
    let header = checklist.header
    guard header.level > framework.levelCount else { return }
    throw ChecklistError(
      .levelNotInFramework(header.level, levelCount: framework.levelCount),
      line: header.keyLines[ChecklistSyntax.Key.level.rawValue] ?? 1,
      in: source
    )
  }

  /// `checklist`, read from `source`, re-synced with `loaded`.
  static func update(
    _ checklist: Checklist,
    source: [UInt8],
    with loaded: LoadedFramework
  ) -> ChecklistUpdate {
    ChecklistUpdate(
      source: source,
      old: checklist,
      fresh: Checklist(
        resyncing: checklist.header,
        with: loaded.framework,
        source: loaded.file.source.path
      ),
      writer: ChecklistMarkdownRenderer.updateWriter(isCumulative: checklist.header.isCumulative)
    )
  }

  /// `1 moved, 1 reworded, 1 no longer in the framework, 3 added, 1 topic retitled`: what an
  /// update changes, the kinds with none left out; empty when it changes nothing.
  static func changes(_ summary: ChecklistUpdate.Summary) -> String {
    let parts = [
      (summary.moved, "moved"), (summary.reworded, "reworded"),
      (summary.retired, "no longer in the framework"), (summary.restored, "back in the framework"),
      (summary.added, "added"),
      (summary.retitled, summary.retitled == 1 ? "topic retitled" : "topics retitled"),
    ]
    return parts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
  }
}
