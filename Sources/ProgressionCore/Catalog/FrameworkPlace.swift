/// One place a `FrameworkCatalog` searches: a folder with every folder below it, or the
/// frameworks built into the tool.
struct FrameworkPlace: Sendable {
  /// Where the place's files are.
  enum Kind: Sendable {
    /// A folder on disk, and the path to open it at.
    case directory(FrameworkCatalog.Directory, accessPath: String)
    /// The frameworks compiled into the tool.
    case builtIn
  }

  /// One framework file of the place, read, with what names reach it.
  struct Entry: Sendable {
    /// The path inside the place: `engineering/backend.md`.
    var relativePath: String
    /// The file, or why it could not be read.
    var file: Result<FrameworkFile, FrameworkCatalogError>
    /// Its front matter `path`, normalised by `normalizedSitePath(_:)`, when it has one.
    var sitePath: String?

    /// The relative path without its extension: `engineering/backend`.
    var name: String { FilePath.removingExtension(relativePath) }

    /// The file name without its extension: `backend`.
    var stem: String { FilePath.stem(of: relativePath) }

    /// How it is shown: its file's display path.
    var path: String {
      switch file {
      case .success(let file): file.source.path
      case .failure: relativePath
      }
    }
  }

  /// Where the files are.
  var kind: Kind

  /// The folder `directory`, opened at `accessPath`.
  init(directory: FrameworkCatalog.Directory, accessPath: String) {
    kind = .directory(directory, accessPath: accessPath)
  }

  private init(kind: Kind) {
    self.kind = kind
  }

  /// The built-in frameworks.
  static let builtIn = FrameworkPlace(kind: .builtIn)

  /// The origin of the place's files, the root up to which their `generic` is looked for.
  var origin: FrameworkOrigin {
    switch kind {
    case .directory(let directory, _): .directory(directory.path)
    case .builtIn: .builtIn
    }
  }

  /// What a listing calls the place: its folder as written, or `built-in`.
  var description: String { origin.description }

  /// The framework `name` reaches in this place, or `nil` when it reaches none.
  ///
  /// A file at `NAME.md` (or another framework extension) directly below the folder is taken
  /// without searching the whole tree; otherwise every framework file is read and matched as
  /// `FrameworkCatalog` describes.
  ///
  /// - Throws: `.ambiguous` when several frameworks answer to the name at the same step, and
  ///   the error of a matching file that cannot be read.
  func file(
    named name: String,
    catalog: FrameworkCatalog
  ) throws(FrameworkCatalogError) -> FrameworkFile? {
    if let file = try directFile(named: name, catalog: catalog) { return file }
    let entries = self.entries(catalog: catalog)
    let index = NameIndex(entries)
    guard let matched = try index.match(name, in: entries, place: description) else { return nil }
    return try entries[matched].file.get()
  }

  /// The file `NAME.md` (or `.markdown`, `.yml`, `.yaml`) directly at the path `name` inside
  /// the folder: the common case, found without reading the tree.
  private func directFile(
    named name: String,
    catalog: FrameworkCatalog
  ) throws(FrameworkCatalogError) -> FrameworkFile? {
    guard case .directory(let directory, let accessPath) = kind else {
      return FrameworkCatalog.builtIn(named: name)
    }
    let components = name.split(separator: "/", omittingEmptySubsequences: false)
    guard !name.hasPrefix("/"),
      components.allSatisfy({
        !$0.isEmpty && !$0.hasPrefix(".")
          && !FrameworkTree.isSkippedFolder($0)
      })
    else { return nil }
    for fileExtension in FrameworkFormat.fileExtensions {
      let relativePath = name + "." + fileExtension
      let path = FilePath.joined(accessPath, relativePath)
      guard FileSystem.isRegularFile(path) else { continue }
      return try catalog.read(
        path,
        displayPath: FilePath.joined(directory.path, relativePath),
        origin: origin
      )
    }
    return nil
  }

  /// Every framework file of the place, read, in the byte order of their paths; Markdown files
  /// without front matter (a README) are not frameworks and are left out.
  func entries(catalog: FrameworkCatalog) -> [Entry] {
    switch kind {
    case .builtIn:
      return BundledFrameworks.files.sorted { $0.name < $1.name }.map { bundled in
        let file = FrameworkCatalog.builtIn(fileName: bundled.name, lines: bundled.lines)
        return Entry(
          relativePath: bundled.name,
          file: .success(file),
          sitePath: Self.sitePath(of: file, keepingDocumentIn: catalog.keepAlive)
        )
      }
    case .directory(let directory, let accessPath):
      let tree = FrameworkTree(root: directory.path, accessPath: accessPath)
      var entries: [Entry] = []
      entries.reserveCapacity(tree.files.count)
      for treeFile in tree.files {
        do throws(FrameworkCatalogError) {
          let file = try catalog.read(
            treeFile.accessPath,
            displayPath: treeFile.path,
            origin: origin
          )
          guard file.isFramework else { continue }
          entries.append(
            Entry(
              relativePath: treeFile.relativePath,
              file: .success(file),
              sitePath: Self.sitePath(of: file, keepingDocumentIn: catalog.keepAlive)
            )
          )
        } catch {
          entries.append(Entry(relativePath: treeFile.relativePath, file: .failure(error)))
        }
      }
      for error in tree.unreadableFolders {
        entries.append(Entry(relativePath: error.path, file: .failure(.unreadable(error))))
      }
      return entries
    }
  }

  /// A front matter `path` as names are compared with it: without surrounding spaces and
  /// slashes, lowercased (`"/Engineering/Backend/"` → `engineering/backend`).
  static func normalizedSitePath(_ path: String) -> String {
    var trimmed = Substring(path)
    while let first = trimmed.first, first == " " || first == "/" { trimmed.removeFirst() }
    while let last = trimmed.last, last == " " || last == "/" { trimmed.removeLast() }
    return trimmed.lowercased()
  }

  /// The normalised front matter `path` of `file`, when its front matter can be read and has
  /// one; its YAML tree is kept in `keepAlive`.
  static func sitePath(of file: FrameworkFile, keepingDocumentIn keepAlive: KeepAlive?) -> String? {
    guard
      let root = try? FrameworkDecoder.document(
        in: file.source.bytes,
        format: file.format,
        keepingIn: keepAlive
      ).root,
      let scalar = root.mapping?["path"]?.scalar, !scalar.isNull
    else { return nil }
    return normalizedSitePath(scalar.text)
  }
}
