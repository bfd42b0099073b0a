import ProgressionCore

/// `progression site OUTDIR`: writes a static website of every framework `list` finds, each as
/// its site shows it, after checking them as `validate` does.
///
/// Nothing is written when a file has errors, unless `--force`, which leaves those frameworks
/// out and lists them on the index page. The site is written completely or not at all (see
/// `SiteDirectoryWriter`), and only over a folder `progression site` wrote, unless `--clean`.
enum Site: Command {
  static let clean = OptionSpecification.flag(
    "clean",
    help: "Replace what the folder holds even when 'progression site' did not write it."
  )

  static let force = OptionSpecification.flag(
    "force",
    help: "Write the site even when files have errors, leaving their frameworks out (the "
      + "index page lists them)."
  )

  static let outputDirectory = PositionalSpecification(
    "outdir",
    help: "The folder to write the site to; it is created, or replaced as a whole."
  )
  .completing(.directories)

  static let specification = CommandSpecification(
    name: "site",
    abstract: "Write a static website of every framework, to publish on any static host.",
    discussion: """
      Frameworks are found as 'list' finds them and shown as their site shows them, with
      what they inherit from their 'generic' framework. The site has an index page (the
      Markdown text of the framework marked 'homepage: true', then every framework, grouped
      by 'sidebarGroup'), a page per framework at its front matter 'path' (without one, at
      its name), holding every level with topic cards, and one stylesheet. Links are
      relative and nothing is loaded from elsewhere, so the folder works opened from disk.
      The same frameworks give the same bytes.

      Every file is checked first, as 'validate' checks it; when one has errors they are
      reported and nothing is written, unless --force. A path that would leave the folder
      ('..', '.hidden', '//'), has a folder name with a control character or that shows
      nothing, or that two frameworks share is an error at its 'path'; a built-in framework
      on the page of one of yours is left out. The site is written beside OUTDIR and then
      renamed into place, so OUTDIR is never left half written. OUTDIR must be new, empty, or a site this command wrote and nothing else (its
      '.progression-site' file lists the files written; a site you added '.git' or 'CNAME'
      to is refused); --clean replaces anything else, but never a folder that is or holds
      the current folder, your home folder, a folder of frameworks or a framework file, nor
      one inside a folder of frameworks.

      Exit status: 0 when the site was written, 1 when files have errors (without --force)
      or the folder cannot be written, 2 for a bad command line.
      """,
    options: [clean, force, FrameworkOptions.dir, List.noBuiltIn, FrameworkOptions.color],
    positionals: [outputDirectory],
    examples: [
      .init(
        "progression site public --no-built-in",
        "The frameworks under ./frameworks as a website in ./public, to open or publish."
      ),
      .init(
        "progression site --dir docs/frameworks --clean _site",
        "Replace ./_site with a fresh site of the frameworks in docs/frameworks."
      ),
      .init(
        "progression site public --force",
        "Publish what is valid, listing the files left out for their errors."
      ),
    ]
  )

  static func run(_ arguments: ParsedArguments, in context: CommandContext) throws -> ExitStatus {
    _ = FrameworkOptions.colorMode(arguments, in: context)
    guard !arguments[outputDirectory].isEmpty else {
      throw UsageError(
        .invalidArgument(
          "",
          argument: outputDirectory.placeholder,
          expected: "a folder to write the site to, such as 'public'"
        )
      )
    }
    var catalog = FrameworkOptions.catalog(arguments, in: context)
    catalog.includesBuiltIns = !arguments.isSet(List.noBuiltIn)
    let reachable: [ReachableFramework]
    do throws(FrameworkCatalogError) {
      reachable = try catalog.reachableFrameworks()
    } catch {
      try FrameworkOptions.report(error, in: context)
      return .failure
    }
    context.keepAlive.keep(reachable)

    let checked = try check(reachable, in: context)
    let plan = SitePlan(frameworks: checked.usable)
    var leftOut = checked.leftOut
    var sources: [String: SourceFile] = [:]
    for (_, loaded) in checked.usable { sources[loaded.file.source.path] = loaded.file.source }
    for diagnostic in plan.diagnostics {
      context.report(diagnostic, in: sources[diagnostic.path])
      if diagnostic.severity == .error, !leftOut.contains(diagnostic.path) {
        leftOut.append(diagnostic.path)
      }
    }
    let outdir = arguments[outputDirectory]
    guard leftOut.isEmpty || arguments.isSet(force) else {
      let files = leftOut.count == 1 ? "1 file has" : "\(leftOut.count) files have"
      context.reportError(
        "\(files) errors, so the site was not written to '\(outdir)'; fix them, or give "
          + "\(force.longForm) to leave their frameworks out"
      )
      return .failure
    }

    let renderer = SiteRenderer(plan: plan, leftOut: leftOut)
    let writer = SiteDirectoryWriter(
      path: outdir,
      accessPath: context.resolvedPath(outdir),
      clean: arguments.isSet(clean),
      protectedFolders: protectedFolders(of: catalog, reading: reachable, in: context)
    )
    do throws(SiteWriteError) {
      try writer.write(renderer.files())
    } catch {
      context.reportError(error.message)
      return .failure
    }
    let count = plan.pages.count
    var summary =
      "Wrote \(count) framework page\(count == 1 ? "" : "s") and an index to '\(outdir)'"
    if !leftOut.isEmpty { summary += ", leaving out \(leftOut.count) with errors" }
    context.write(summary + ".\n")
    return .success
  }

  /// The frameworks that can be published, and the paths of those that cannot: files that
  /// cannot be read, or in which `validate` finds errors, which are reported.
  private static func check(
    _ reachable: [ReachableFramework],
    in context: CommandContext
  ) throws(UsageError) -> (usable: [(name: String, framework: LoadedFramework)], leftOut: [String])
  {
    let siteChecks = SiteChecks(
      currentDirectory: context.environment.currentDirectory,
      keepingDocumentsIn: context.keepAlive
    )
    var usable: [(name: String, framework: LoadedFramework)] = []
    var leftOut: [String] = []
    var omissions: [Diagnostic] = []
    for framework in reachable {
      let loaded: LoadedFramework
      switch framework.framework {
      case .success(let success): loaded = success
      case .failure(let error):
        try FrameworkOptions.report(error, in: context)
        leftOut.append(framework.path)
        continue
      }
      if loaded.file.origin != .builtIn {
        let errors = FrameworkValidator.validate(
          loaded.file.source,
          format: loaded.file.format,
          siteChecks: siteChecks,
          keepingDocumentIn: context.keepAlive
        ).filter { $0.severity == .error }
        guard errors.isEmpty else {
          for error in errors { context.report(error, in: loaded.file.source) }
          leftOut.append(framework.path)
          continue
        }
      }
      omissions += loaded.omissions
      usable.append((framework.name, loaded))
    }
    FrameworkOptions.reportOmissions(omissions, in: context)
    return (usable, leftOut)
  }

  /// The folders and files the site must not replace: the current folder, the home folder,
  /// each folder of frameworks (which the site must not be inside either) and each framework
  /// file found, readable or not.
  private static func protectedFolders(
    of catalog: FrameworkCatalog,
    reading frameworks: [ReachableFramework],
    in context: CommandContext
  ) -> [SiteDirectoryWriter.ProtectedFolder] {
    typealias Protected = SiteDirectoryWriter.ProtectedFolder
    var folders = [Protected(path: context.resolvedPath("."), shown: "the current folder")]
    if let home = context.environment.variables["HOME"], !home.isEmpty {
      folders.append(Protected(path: home, shown: "your home folder"))
    }
    for directory in catalog.directories {
      folders.append(
        Protected(
          path: context.resolvedPath(directory.path),
          shown: "the folder of frameworks '\(directory.path)'",
          mayHoldOutput: false
        )
      )
    }
    for framework in frameworks
    where !framework.path.hasPrefix(FrameworkCatalog.builtInPathPrefix) {
      let path = framework.path
      folders.append(
        Protected(path: context.resolvedPath(path), shown: "the framework file '\(path)'")
      )
    }
    return folders
  }
}
