import YAMLSubset

extension FrameworkCatalog {
  /// Adds to `loaded` what it inherits from its `generic` framework, as `load(_:inheriting:)`
  /// says, looking in each folder and reading each `generic` file once through `cache`.
  ///
  /// - Throws: `.unreadable` when the `generic` file found cannot be read.
  func applyGeneric(
    to loaded: inout LoadedFramework,
    cache: inout GenericCache
  ) throws(FrameworkCatalogError) {
    guard !loaded.framework.isProseOnly,
      let genericFile = try generic(
        for: loaded.file,
        sitePath: loaded.framework.sitePath.map(FrameworkPlace.normalizedSitePath),
        cache: &cache
      )
    else { return }
    let reading =
      cache.readings[genericFile.source.path]
      ?? Result { () throws(FrameworkCatalogError) in
        try LenientReading.read(genericFile, keepingDocumentIn: keepAlive)
      }
    cache.readings[genericFile.source.path] = reading
    let generic: LenientReading
    switch reading {
    case .success(let success): generic = success
    case .failure(let error):
      loaded.omissions.append(LenientReading.unreadableGeneric(error, file: genericFile))
      return
    }
    guard generic.framework.levelCount > 0 else {
      loaded.omissions.append(LenientReading.genericWithoutLevels(genericFile))
      return
    }
    loaded.omissions.append(contentsOf: generic.omissions)
    loaded.framework = loaded.framework.inheriting(from: generic.framework)
    loaded.genericFile = genericFile
  }

  /// The `generic` framework that `file` inherits from, as the framework's site finds it.
  ///
  /// It is the nearest framework named `generic` (`generic.md`, or another framework extension,
  /// in any case) or whose front matter `path` is `/generic`, in the file's own folder or an
  /// ancestor folder, up to the root of the file's origin: the place it was found in, or, for a
  /// file given by path, the repository holding it (see `repositoryRoot(of:)`). A built-in
  /// framework inherits from the built-in `generic`. Standard input, and a `generic` framework
  /// itself, inherit from nothing.
  ///
  /// - Throws: `.unreadable` when the `generic` file found cannot be read.
  public func generic(for file: FrameworkFile) throws(FrameworkCatalogError) -> FrameworkFile? {
    try generic(
      for: file,
      sitePath: FrameworkPlace.sitePath(of: file, keepingDocumentIn: keepAlive)
    )
  }

  /// The `generic` framework of `file`, whose normalised front matter `path` is `sitePath`.
  func generic(
    for file: FrameworkFile,
    sitePath: String?
  ) throws(FrameworkCatalogError) -> FrameworkFile? {
    var cache = GenericCache()
    return try generic(for: file, sitePath: sitePath, cache: &cache)
  }

  /// The `generic` framework of `file`, as `generic(for:sitePath:)` finds it, looking in each
  /// folder once however many frameworks share it (through `cache.folders`) and taking the
  /// front matter `path` of files from `cache.sitePaths` when known. A folder's answer holds
  /// for every framework in it that is not a `generic` itself, and those are answered before
  /// any folder is looked in.
  func generic(
    for file: FrameworkFile,
    sitePath: String?,
    cache: inout GenericCache
  ) throws(FrameworkCatalogError) -> FrameworkFile? {
    switch file.origin {
    case .standardInput:
      return nil
    case .builtIn:
      guard file.name != Self.genericName else { return nil }
      return Self.builtIn(named: Self.genericName)
    case .directory(let root):
      guard !Self.isGeneric(name: file.name, sitePath: sitePath) else { return nil }
      var folder = FilePath.directory(of: file.source.path)
      // A file found in a place is shown as the place joined with its path there, so the
      // common case needs no normalising.
      let root = folder == root ? root : FilePath.normalized(root)
      if folder != root { folder = FilePath.normalized(folder) }
      // Each step goes up one folder, so the walk is as long as the path.
      for _ in 0...file.source.path.utf8.count {
        let key = root + "\u{0}" + folder
        let found: FrameworkFile?
        if let known = cache.folders[key] {
          found = known
        } else {
          found = try genericFile(
            inFolder: folder,
            besides: file,
            origin: file.origin,
            sitePaths: cache.sitePaths
          )
          cache.folders[key] = .some(found)
        }
        if let generic = found { return generic }
        guard folder != root, let parent = FilePath.parent(of: folder) else { return nil }
        folder = parent
      }
      return nil
    }
  }

  /// Whether a framework called `name`, with the normalised front matter path `sitePath`, is
  /// a generic framework: named `generic`, or at the path `/generic`.
  static func isGeneric(name: String, sitePath: String?) -> Bool {
    name.lowercased() == genericName || sitePath == genericName
  }

  /// The folder up to which `generic` is looked for above a file given by `path`: the nearest
  /// folder holding `.git`, or the file's own folder outside a repository.
  public func repositoryRoot(of path: String) -> String {
    let ownFolder = FilePath.normalized(FilePath.directory(of: path))
    var folder = ownFolder
    for _ in 0...path.utf8.count + 64 {
      if FileSystem.exists(FilePath.joined(FilePath.joined(currentDirectory, folder), ".git")) {
        return folder
      }
      let absolute = FilePath.normalized(FilePath.joined(currentDirectory, folder))
      guard absolute != "/", let parent = FilePath.parent(of: folder) else { break }
      folder = parent
    }
    return ownFolder
  }

  /// The `generic` framework directly in `folder`: a file named `generic` first, else the first
  /// framework file, in byte order, whose front matter `path` is `/generic`; `file` itself is
  /// not looked at again, nor is a file whose normalised `path` `sitePaths` knows, by its
  /// shown path, to be another.
  func genericFile(
    inFolder folder: String,
    besides file: FrameworkFile?,
    origin: FrameworkOrigin,
    sitePaths: [String: String?] = [:]
  ) throws(FrameworkCatalogError) -> FrameworkFile? {
    let accessFolder = FilePath.joined(currentDirectory, folder)
    guard let names = try? FileSystem.names(inDirectory: accessFolder, displayPath: folder) else {
      return nil
    }
    let candidates = names.filter { name in
      !name.hasPrefix(".") && FrameworkFormat(path: name) != nil
        && FileSystem.isRegularFile(FilePath.joined(accessFolder, name))
    }
    let named = candidates.filter { FilePath.stem(of: $0).lowercased() == Self.genericName }
    for fileExtension in FrameworkFormat.fileExtensions {
      guard
        let name = named.first(where: {
          FilePath.fileExtension(of: $0)?.lowercased() == fileExtension
        })
      else { continue }
      return try read(
        FilePath.joined(accessFolder, name),
        displayPath: FilePath.joined(folder, name),
        origin: origin
      )
    }
    let ownName = file.map { FilePath.lastComponent(of: $0.source.path) }
    for name in candidates {
      if let file, let ownName, name == ownName,
        FilePath.normalized(FilePath.joined(folder, name)) == FilePath.normalized(file.source.path)
      {
        continue
      }
      if let known = sitePaths[FilePath.joined(folder, name)], known != Self.genericName {
        continue
      }
      guard
        let file = try? read(
          FilePath.joined(accessFolder, name),
          displayPath: FilePath.joined(folder, name),
          origin: origin
        ),
        // Only a file that says 'generic' somewhere can claim the path: the rest are not parsed.
        Self.mayBeGeneric(file.source.bytes),
        file.isFramework,
        FrameworkPlace.sitePath(of: file, keepingDocumentIn: keepAlive) == Self.genericName
      else { continue }
      return file
    }
    return nil
  }

  /// Whether `bytes` could spell `generic`: they hold it, in any case, or a double-quoted
  /// escape (`\x67`, `\u0067`, `\U00000067`) that could spell a letter of it. Only such a file
  /// can claim the path `/generic`, so only such a file is parsed to find out.
  static func mayBeGeneric(_ bytes: [UInt8]) -> Bool {
    ASCIISearch.contains(caseInsensitive: genericName, in: bytes)
      || ASCIISearch.contains(
        UInt8(ascii: "\\"),
        followedByOneOf: [UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U")],
        in: bytes
      )
  }
}
