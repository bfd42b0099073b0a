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
      loaded = try framework(for: old, source: source, arguments, in: context)
    } catch {
      context.report(error.diagnostic(path: source.path), in: source)
      return .failure
    }
    FrameworkOptions.reportOmissions(loaded.omissions, in: context)
    let header = old.header
    let named = Set(header.topicNames)
    let fresh = Checklist(
      framework: loaded.framework,
      name: header.frameworkName,
      source: loaded.file.source.path,
      level: header.level,
      isCumulative: header.isCumulative,
      topics: named.isEmpty ? nil : loaded.framework.topics.filter { named.contains($0.name) }
    )
    let updated = ChecklistUpdate(
      source: source.bytes,
      old: old,
      fresh: fresh,
      writer: ChecklistMarkdownRenderer.updateWriter(isCumulative: header.isCumulative)
    )
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

  /// The framework to re-sync with: `--framework`, else the one the header names, which must
  /// still have the checklist's level.
  private static func framework(
    for checklist: Checklist,
    source: SourceFile,
    _ arguments: ParsedArguments,
    in context: CommandContext
  ) throws(ChecklistError) -> LoadedFramework {
    let header = checklist.header
    let name = arguments.value(of: frameworkOption) ?? header.frameworkName
    let loaded: LoadedFramework
    do throws(FrameworkCatalogError) {
      loaded = try FrameworkOptions.catalog(arguments, in: context).load(name)
    } catch {
      throw ChecklistError(
        .frameworkNotFound(name, why: error.message),
        line: header.keyLines[ChecklistSyntax.Key.framework.rawValue] ?? 1,
        in: source.bytes
      )
    }
    guard header.level <= loaded.framework.levelCount else {
      throw ChecklistError(
        .levelNotInFramework(header.level, levelCount: loaded.framework.levelCount),
        line: header.keyLines[ChecklistSyntax.Key.level.rawValue] ?? 1,
        in: source.bytes
      )
    }
    return loaded
  }

  /// `2 moved, 1 reworded, 1 no longer in the framework, 3 added, 1 topic retitled`, or that
  /// the checklist is up to date.
  private static func describe(_ summary: ChecklistUpdate.Summary) -> String {
    guard !summary.isEmpty else { return "Up to date with the framework: nothing changed." }
    let parts = [
      (summary.moved, "moved"), (summary.reworded, "reworded"),
      (summary.retired, "no longer in the framework"), (summary.restored, "back in the framework"),
      (summary.added, "added"),
      (summary.retitled, summary.retitled == 1 ? "topic retitled" : "topics retitled"),
    ]
    let counts = parts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
    return "Updated: " + counts.joined(separator: ", ") + "; every tick and note kept."
  }
}
