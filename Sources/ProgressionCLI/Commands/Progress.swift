import ProgressionCore

/// `progression progress <checklist>...`: how many behaviours of each checklist have evidence
/// (are ticked), per topic and overall, and which are still open; for several checklists or a
/// folder of them, one row per checklist. Needs no framework; when it finds the framework a
/// checklist names, it also says whether `checklist --update` would change the checklist.
enum Progress: Command {
  static let framework = OptionSpecification.value(
    "framework",
    valueName: "framework",
    help: "Check every checklist against this framework, instead of the one each header names."
  )

  static let checklists = PositionalSpecification(
    "checklist",
    help: "A checklist 'progression checklist' wrote, or a folder of them ('.md' files).",
    isRepeating: true
  )

  static let specification = CommandSpecification(
    name: "progress",
    abstract: "Count the ticked items of checklists: the evidence recorded so far.",
    discussion: """
      For one checklist, shows a bar per topic and overall, then the items with no evidence
      yet. For several, or a folder, shows one row per checklist: a team's view. The counts
      are a record of evidence for a conversation, not a pass mark. A file that cannot be
      read as a checklist is reported with its line, and the run exits with status 1.
      When the framework a checklist names can be found (as 'checklist --update' finds it:
      --framework, else the header's name in --dir, $PROGRESSION_FRAMEWORKS, ./frameworks and
      the built-in frameworks), progress also says whether the checklist is out of date: what
      'checklist --update' would change. A framework that cannot be found is said, not an
      error.
      """,
    options: [FrameworkOptions.format, framework, FrameworkOptions.dir, FrameworkOptions.color],
    positionals: [checklists],
    examples: [
      .init("progression progress level-3.md", "Evidence per topic, and what is still open."),
      .init("progression progress team/", "One row per checklist in a folder: a team's view."),
      .init(
        "progression progress level-3.md --dir ../frameworks",
        "Also check it against the framework in that folder."
      ),
    ]
  )

  static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitStatus {
    let format = FrameworkOptions.outputFormat(arguments)
    _ = FrameworkOptions.colorMode(arguments, in: context)
    let files: [(path: String, isInFolder: Bool)]
    do throws(SourceFileError) {
      files = try ChecklistFiles.expand(
        arguments.values(of: checklists),
        resolve: context.resolvedPath
      )
    } catch {
      context.reportError(error.message)
      return .failure
    }
    let catalog = FrameworkOptions.catalog(arguments, in: context)
    let override = arguments.value(of: framework)
    // A folder's checklists mostly name the same framework: each is read once.
    var loads: [String: Result<LoadedFramework, FrameworkCatalogError>] = [:]
    func load(_ name: String) throws(FrameworkCatalogError) -> LoadedFramework {
      let result =
        loads[name] ?? Result { () throws(FrameworkCatalogError) in try catalog.load(name) }
      loads[name] = result
      return try result.get()
    }
    var entries: [ProgressReport.Entry] = []
    var status = ExitStatus.success
    for file in files {
      let source: SourceFile
      do throws(SourceFileError) {
        source = try context.readSource(file.path)
      } catch {
        context.reportError(error.message)
        status = .failure
        continue
      }
      do throws(ChecklistError) {
        let checklist = try ChecklistParser(bytes: source.bytes).parse()
        let check = ProgressReport.FrameworkCheck.check(
          checklist,
          source: source.bytes,
          override: override,
          load: load
        )
        entries.append(ProgressReport.Entry(path: file.path, checklist: checklist, check: check))
      } catch {
        // A folder's other Markdown files (a README, notes) are not checklists: skipped.
        if file.isInFolder, error.reason == .notAChecklist { continue }
        context.report(error.diagnostic(path: source.path), in: source)
        status = .failure
      }
    }
    guard status == .success else { return status }
    if entries.isEmpty {
      context.reportError(
        "no checklist ('.md' file) in '\(arguments.values(of: checklists).joined(separator: "', '"))'"
      )
      return .failure
    }
    var report = ProgressReport(entries: entries)
    for option in [FrameworkOptions.dir, framework] {
      if let value = arguments.value(of: option) {
        report.frameworkArguments += [option.longForm, value]
      }
    }
    switch format {
    case .text: context.write(ProgressTextRenderer.render(report))
    case .markdown: context.write(bytes: ProgressMarkdownRenderer.render(report))
    case .json: context.write(bytes: ProgressJSONRenderer.render(report))
    }
    return .success
  }
}
