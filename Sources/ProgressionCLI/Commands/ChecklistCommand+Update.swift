import ProgressionCore

/// `progression checklist --update CHECKLIST`: re-syncs a checklist with the framework as it is
/// now, keeping every tick and every line the person wrote (`ChecklistUpdate`).
extension ChecklistCommand {
  static let update = OptionSpecification.flag(
    "update",
    help: "Re-sync the checklist file given (instead of a framework) with its framework."
  )

  static let dryRun = OptionSpecification.flag(
    "dry-run",
    help: "With --update, print the changes as a unified diff instead of writing them."
  )

  static let frameworkOption = OptionSpecification.value(
    "framework",
    valueName: "framework",
    help: "With --update, the framework to re-sync with, instead of the one the header names."
  )

  /// Runs `--update` on the checklist at `path`: nothing is written when anything is wrong.
  static func runUpdate(
    _ path: String,
    _ arguments: ParsedArguments,
    in context: CommandContext
  ) throws -> ExitStatus {
    let source = try context.readSource(path)
    let old: Checklist
    let loaded: LoadedFramework
    do throws(ChecklistError) {
      old = try ChecklistParser(bytes: source.bytes).parse()
      let catalog = FrameworkOptions.catalog(arguments, in: context)
      loaded = try ChecklistSync.framework(
        for: old,
        override: arguments.value(of: frameworkOption),
        source: source.bytes
      ) { name throws(FrameworkCatalogError) in try catalog.load(name) }
    } catch {
      context.report(error.diagnostic(path: source.path), in: source)
      return .failure
    }
    FrameworkOptions.reportOmissions(loaded.omissions, in: context)
    let updated = ChecklistSync.update(old, source: source.bytes, with: loaded)
    let summary = describe(updated.summary)
    if arguments.isSet(dryRun) {
      context.write("Dry run, nothing written. " + summary + "\n")
      context.write(
        UnifiedDiff.render(
          path: source.path,
          original: source.bytes,
          edits: updated.edits(from: source.bytes)
        )
      )
      return .success
    }
    if updated.bytes != source.bytes {
      do throws(FileWriteError) {
        try AtomicFileWriter().replaceContents(
          ofFileAt: context.resolvedPath(path),
          with: updated.bytes,
          replacing: source.bytes
        )
      } catch {
        var error = error
        error.path = path
        context.reportError(error.message)
        return .failure
      }
    }
    context.write(summary + "\n")
    return .success
  }

  /// `Updated: 2 moved, 1 added; every tick and note kept.`, or that the checklist is up to
  /// date.
  private static func describe(_ summary: ChecklistUpdate.Summary) -> String {
    guard !summary.isEmpty else { return "Up to date with the framework: nothing changed." }
    return "Updated: " + ChecklistSync.changes(summary) + "; every tick and note kept."
  }
}
