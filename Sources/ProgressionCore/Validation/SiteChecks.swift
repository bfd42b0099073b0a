import YAMLSubset

/// The checks of `progression validate` that look past one file, as the framework's site puts
/// files together: the topic titles it shows with the generic framework a file inherits from
/// (`hidden-topic-title`, `missing-topic-title`), and front matter paths that two files of one
/// run claim (`duplicate-site-path`).
///
/// A file's generic is found as readers find it, walking up from the file's folder, here to
/// the repository holding it (the nearest folder with `.git`; the file's own folder outside
/// one). What each folder holds is looked up once per run, and each generic read once, so a
/// run stays linear in its files.
package final class SiteChecks {
  private let catalog: FrameworkCatalog
  /// The first file of the run to claim each normalised front matter path, and where.
  private var claims: [String: (path: String, line: Int)] = [:]
  /// The generic file directly in each folder looked at, or `nil` when it has none.
  private var genericInFolder: [String: FrameworkFile?] = [:]
  /// The repository root of each folder holding a file of the run, found once per folder:
  /// finding it looks for `.git` in every folder up to `/`.
  private var rootOfFolder: [String: String] = [:]
  /// Each generic file read, by path: its framework when it can be inherited from.
  private var genericFrameworks: [String: Framework?] = [:]

  /// Checks whose relative paths are resolved against `currentDirectory`, keeping the YAML
  /// trees of the generic frameworks read in `keepAlive`.
  package init(currentDirectory: String, keepingDocumentsIn keepAlive: KeepAlive? = nil) {
    var catalog = FrameworkCatalog(
      directories: [],
      includesBuiltIns: false,
      currentDirectory: currentDirectory
    )
    catalog.keepAlive = keepAlive
    self.catalog = catalog
  }

  /// The findings about the file at `path`, read as `framework` from the YAML `root`.
  func findings(for framework: Framework, root: YAMLNode, path: String) -> [Diagnostic] {
    var findings: [Diagnostic] = []
    if let finding = claimCheck(root: root, path: path) { findings.append(finding) }
    guard !framework.isProseOnly, let topics = root.mapping?["topics"]?.sequence else {
      return findings
    }
    let isGeneric = FrameworkCatalog.isGeneric(
      name: framework.name,
      sitePath: framework.sitePath.map(FrameworkPlace.normalizedSitePath)
    )
    let generic = isGeneric ? nil : inheritedGeneric(of: framework, path: path)
    var genericTopics: [String: Topic] = [:]
    for topic in generic?.topics ?? [] where genericTopics[topic.name] == nil {
      genericTopics[topic.name] = topic
    }
    for node in topics.items {
      guard let mapping = node.mapping, let name = Self.text(mapping["name"]) else { continue }
      let titleNode = mapping["title"]
      let title = Self.text(titleNode).flatMap { $0.isEmpty ? nil : $0 }
      let genericTitle = genericTopics[name]?.title
      if let title, let genericTitle, let titleNode, title != genericTitle {
        findings.append(
          Diagnostic(
            .hiddenTopicTitle,
            "the site shows generic's title '\(genericTitle)' for topic '\(name)', never this "
              + "one; remove it, or rename the topic to keep it",
            path: path,
            at: titleNode.position
          )
        )
      }
      // Without a generic, what the site would show is not known: nothing is said.
      if title == nil && genericTitle == nil && (generic != nil || isGeneric) {
        let reason =
          isGeneric
          ? "and every framework with a topic of that name shows generic's title"
          : "and the generic framework has no titled topic '\(name)'"
        findings.append(
          Diagnostic(
            .missingTopicTitle,
            "topic '\(name)' has no title, \(reason): the site shows an empty heading; add a "
              + "'title'",
            path: path,
            at: mapping.position
          )
        )
      }
    }
    return findings
  }

  /// `duplicate-site-path`, when `root` claims a front matter path an earlier file claimed.
  private func claimCheck(root: YAMLNode, path: String) -> Diagnostic? {
    guard let node = root.mapping?["path"], let sitePath = Self.text(node) else { return nil }
    let key = FrameworkPlace.normalizedSitePath(sitePath)
    guard let first = claims[key] else {
      claims[key] = (path, node.position.line)
      return nil
    }
    guard first.path != path else { return nil }
    return Diagnostic(
      .duplicateSitePath,
      "'\(sitePath)' is also the path of '\(first.path)' (line \(first.line)): the site builds "
        + "one page for both; give each framework its own 'path'",
      path: path,
      at: node.position
    )
  }

  /// The generic framework `framework`, at `path`, inherits from, as readers apply it: `nil`
  /// for standard input, a copy of generic, or a generic that cannot be read or has no levels.
  private func inheritedGeneric(of framework: Framework, path: String) -> Framework? {
    guard path != SourceFile.standardInputPath else { return nil }
    var folder = FilePath.normalized(FilePath.directory(of: path))
    let root = repositoryRoot(ofFolderOf: path, folder: folder)
    for _ in 0...path.utf8.count {
      if let file = genericFile(inFolder: folder, root: root) {
        guard FilePath.normalized(file.source.path) != FilePath.normalized(path),
          let generic = genericFramework(file),
          !generic.hasTheSameTopics(as: framework)
        else { return nil }
        return generic
      }
      guard folder != root, let parent = FilePath.parent(of: folder) else { return nil }
      folder = parent
    }
    return nil
  }

  private func repositoryRoot(ofFolderOf path: String, folder: String) -> String {
    if let known = rootOfFolder[folder] { return known }
    let root = FilePath.normalized(catalog.repositoryRoot(of: path))
    rootOfFolder[folder] = root
    return root
  }

  private func genericFile(inFolder folder: String, root: String) -> FrameworkFile? {
    if let known = genericInFolder[folder] { return known }
    let found = try? catalog.genericFile(inFolder: folder, besides: nil, origin: .directory(root))
    genericInFolder[folder] = .some(found ?? nil)
    return found ?? nil
  }

  private func genericFramework(_ file: FrameworkFile) -> Framework? {
    if let known = genericFrameworks[file.source.path] { return known }
    let reading = try? LenientReading.read(file, keepingDocumentIn: catalog.keepAlive)
    let framework = reading.flatMap { $0.framework.levelCount > 0 ? $0.framework : nil }
    genericFrameworks[file.source.path] = .some(framework)
    return framework
  }

  private static func text(_ node: YAMLNode?) -> String? {
    guard let scalar = node?.scalar, !scalar.isNull else { return nil }
    return scalar.text
  }
}
