/// Finds frameworks by name or path, reads them as their site shows them, and lists the ones
/// available.
///
/// The places searched are, in order, the catalog's directories (each with every folder below
/// it, as a `FrameworkTree`) and then the frameworks built into the tool. In each place a name
/// is matched, ignoring case, against:
/// 1. a framework's path inside the place without its extension (`engineering/backend`), or
///    with it (`engineering/backend.md`);
/// 2. its front matter `path` (`/engineering/backend`);
/// 3. its file name alone (`backend`), when only one framework of the place has it.
///
/// The first place with a match wins, so a company's own `backend` anywhere under
/// `./frameworks` comes before the built-in one. A name that matches several frameworks of one
/// place at the same step is ambiguous, and an error lists them.
///
/// The catalog never reads or changes the process's current directory: relative paths are
/// resolved against the `currentDirectory` it is given, and shown as written.
public struct FrameworkCatalog: Hashable, Sendable {
  /// A folder to look for frameworks in.
  public struct Directory: Hashable, Sendable {
    /// The folder, absolute or relative to the catalog's current directory; shown as written.
    public var path: String
    /// Whether a missing folder is an error (for one the user named with `--dir`) rather than
    /// skipped (for the environment variable and `./frameworks`).
    public var mustExist: Bool

    /// Creates a search directory.
    public init(_ path: String, mustExist: Bool = false) {
      self.path = path
      self.mustExist = mustExist
    }
  }

  /// The environment variable holding extra search directories, separated by `:`.
  public static let environmentVariable = "PROGRESSION_FRAMEWORKS"
  /// The name of the framework that others inherit from.
  public static let genericName = "generic"
  /// The path prefix shown for built-in frameworks, as in `<built-in>/backend.md`.
  public static let builtInPathPrefix = "<built-in>/"

  /// The directories searched, in order.
  public var directories: [Directory]
  /// Whether the frameworks built into the tool are searched after the directories.
  public var includesBuiltIns: Bool
  /// The directory relative paths are resolved against.
  public var currentDirectory: String
  /// Where the YAML trees of the frameworks read are kept until the process exits; `nil`
  /// frees each once it is decoded.
  package var keepAlive: KeepAlive?

  /// Creates a catalog searching `directories`, then the built-in frameworks if
  /// `includesBuiltIns`.
  public init(directories: [Directory], includesBuiltIns: Bool = true, currentDirectory: String) {
    self.directories = directories
    self.includesBuiltIns = includesBuiltIns
    self.currentDirectory = currentDirectory
  }

  /// Creates the tool's catalog: `directory` (from `--dir`; it must exist), then each folder of
  /// `$PROGRESSION_FRAMEWORKS` in `environment`, then `frameworks` in `currentDirectory`, then
  /// the built-in frameworks.
  public init(directory: String?, environment: [String: String], currentDirectory: String) {
    var directories: [Directory] = []
    if let directory { directories.append(Directory(directory, mustExist: true)) }
    if let variable = environment[Self.environmentVariable] {
      for path in variable.split(separator: ":") where !path.isEmpty {
        directories.append(Directory(String(path)))
      }
    }
    directories.append(Directory("frameworks"))
    self.init(directories: directories, currentDirectory: currentDirectory)
  }

  /// Whether `argument` looks like a file's path rather than a name: it contains a `/` or ends
  /// in a framework file extension.
  public static func isPath(_ argument: String) -> Bool {
    argument.contains("/") || FrameworkFormat(path: argument) != nil
  }

  /// Finds and reads the framework named or given by path by `argument`.
  ///
  /// An argument that looks like a path and names a file is that file. Anything else is looked
  /// up as a name in each place in turn.
  ///
  /// - Throws: `.ambiguous` for a name that several frameworks of one place answer to,
  ///   `.notFound` with the names available, `.noSuchFile` for a path that is neither a file
  ///   nor a name, `.unreadable` for a file that cannot be read or a required directory that
  ///   is missing, `.notAFrameworkFile` for a file with another extension or one that is not a
  ///   regular file (a pipe, a device).
  public func locate(_ argument: String) throws(FrameworkCatalogError) -> FrameworkFile {
    if let file = try file(givenByPath: argument) { return file }
    for place in try places() {
      if let file = try place.file(named: argument, catalog: self) { return file }
    }
    if Self.isPath(argument) {
      let accessPath = FilePath.joined(currentDirectory, argument)
      if FrameworkFormat(path: argument) != nil {
        // A pipe or a device is refused unopened: opening a pipe waits for a writer.
        if FileSystem.exists(accessPath), !FileSystem.isDirectory(accessPath) {
          throw .notAFrameworkFile(path: argument)
        }
        // Reading it says why it cannot be read: missing, a folder, a part not a folder.
        _ = try read(accessPath, displayPath: argument, origin: .directory("."))
      }
      if FileSystem.exists(accessPath) { throw .notAFrameworkFile(path: argument) }
      throw .noSuchFile(path: argument, suggestion: pathSuggestion(for: argument))
    }
    throw .notFound(
      name: argument,
      available: try availableNames(),
      searched: directories.map(\.path) + (includesBuiltIns ? ["built-in"] : [])
    )
  }

  /// Finds, reads and decodes a framework as its site shows it, with what it inherits from its
  /// `generic` framework unless `inheriting` is false.
  ///
  /// - Throws: what `locate(_:)` throws, and `.invalid` when the framework is not a framework.
  public func load(
    _ argument: String,
    inheriting: Bool = true
  ) throws(FrameworkCatalogError) -> LoadedFramework {
    try load(try locate(argument), inheriting: inheriting)
  }

  /// Decodes a framework file as its site shows it, with what it inherits from its `generic`
  /// framework unless `inheriting` is false.
  ///
  /// What the site would not show is left out and said in `LoadedFramework.omissions`: content
  /// at levels outside `1...levels`, and a `generic` framework that cannot be read or has no
  /// levels (the framework is then shown without inheritance).
  ///
  /// - Throws: `.invalid` when the framework itself cannot be read as a framework.
  public func load(
    _ file: FrameworkFile,
    inheriting: Bool = true
  ) throws(FrameworkCatalogError) -> LoadedFramework {
    let own = try LenientReading.read(file, keepingDocumentIn: keepAlive)
    var loaded = LoadedFramework(
      framework: own.framework,
      file: file,
      genericFile: nil,
      omissions: own.omissions
    )
    guard inheriting else { return loaded }
    var cache = GenericCache()
    try applyGeneric(to: &loaded, cache: &cache)
    return loaded
  }

  /// What finding and reading `generic` frameworks has learnt so far, so that the frameworks
  /// of one folder look for their shared `generic` once and read it once.
  struct GenericCache {
    /// The `generic` file directly in each folder looked in (`nil` when it has none), keyed
    /// by the origin's root and the folder.
    var folders: [String: FrameworkFile?] = [:]
    /// The normalised front matter `path` of files already read (`nil` when they have none),
    /// by their shown path, so that looking for a `generic` need not read them again.
    var sitePaths: [String: String?] = [:]
    /// Each `generic` file read, by its path.
    var readings: [String: Result<LenientReading, FrameworkCatalogError>] = [:]
  }

  /// Decodes `file` strictly, as validation's first step does: the first problem is thrown.
  static func decode(_ file: FrameworkFile) throws(FrameworkCatalogError) -> Framework {
    do {
      return try file.decode()
    } catch {
      throw .invalid(error, file: file.source)
    }
  }

  /// The file `argument` names when it has a framework file extension and a file is there;
  /// `nil` otherwise.
  private func file(givenByPath argument: String) throws(FrameworkCatalogError) -> FrameworkFile? {
    let accessPath = FilePath.joined(currentDirectory, argument)
    guard FrameworkFormat(path: argument) != nil, FileSystem.isRegularFile(accessPath) else {
      return nil
    }
    return try read(
      accessPath,
      displayPath: argument,
      origin: .directory(repositoryRoot(of: argument))
    )
  }

  /// The places searched, in order: each directory that exists, then the built-ins.
  ///
  /// - Throws: `.unreadable` or `.notADirectory` for a directory that must exist.
  func places() throws(FrameworkCatalogError) -> [FrameworkPlace] {
    var places: [FrameworkPlace] = []
    for directory in directories {
      guard let accessPath = try accessPath(of: directory) else { continue }
      places.append(FrameworkPlace(directory: directory, accessPath: accessPath))
    }
    if includesBuiltIns { places.append(FrameworkPlace.builtIn) }
    return places
  }

  /// The path to open for `directory`, or `nil` when it does not exist and need not.
  func accessPath(of directory: Directory) throws(FrameworkCatalogError) -> String? {
    let path = FilePath.joined(currentDirectory, directory.path)
    guard FileSystem.isDirectory(path) else {
      guard directory.mustExist else { return nil }
      if FileSystem.exists(path) { throw .notADirectory(path: directory.path) }
      // Opening it gives the reason: missing, or no permission.
      do {
        _ = try FileSystem.names(inDirectory: path, displayPath: directory.path)
      } catch {
        throw .unreadable(error)
      }
      return nil
    }
    return path
  }

  /// The names `list` would show for every framework of every place, sorted, without repeats.
  func availableNames() throws(FrameworkCatalogError) -> [String] {
    var names = Set<String>()
    for entry in try entries() where entry.shadowedBy == nil {
      names.insert(entry.name)
    }
    return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// A framework file next to where `argument` points: the same path with a framework
  /// extension (`frameworks/web` → `frameworks/web.md`).
  private func pathSuggestion(for argument: String) -> String? {
    let trimmed = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
    for fileExtension in FrameworkFormat.fileExtensions {
      let candidate = trimmed + "." + fileExtension
      if FileSystem.isRegularFile(FilePath.joined(currentDirectory, candidate)) { return candidate }
    }
    return nil
  }

  /// Reads the file at `path`, shown as `displayPath`.
  func read(
    _ path: String,
    displayPath: String,
    origin: FrameworkOrigin
  ) throws(FrameworkCatalogError) -> FrameworkFile {
    var source: SourceFile
    do {
      source = try SourceFile(reading: path)
    } catch {
      var error = error
      error.path = displayPath
      throw .unreadable(error)
    }
    source.path = displayPath
    return FrameworkFile(
      name: FilePath.stem(of: displayPath),
      format: FrameworkFormat(path: displayPath) ?? .markdown,
      origin: origin,
      source: source
    )
  }
}
