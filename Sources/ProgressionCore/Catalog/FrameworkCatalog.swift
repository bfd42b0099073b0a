/// Finds frameworks by name or path, reads them, and lists the ones available.
///
/// A name is looked up, in order, in the catalog's directories and then among the frameworks
/// built into the tool; the first match wins, so an earlier place shadows a later one. In one
/// directory, `NAME.md` is tried before `NAME.yml` and `NAME.yaml`. Directories are not searched
/// recursively.
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

  /// Whether `argument` names a file rather than a framework: it contains a `/` or ends in
  /// `.md`, `.yml` or `.yaml`.
  public static func isPath(_ argument: String) -> Bool {
    argument.contains("/") || FrameworkFormat(path: argument) != nil
  }

  /// Finds and reads the framework named or given by path by `argument`.
  ///
  /// - Throws: `.notFound` with the available names, `.unreadable` for a path that cannot be
  ///   read or a required directory that is missing, `.notAFrameworkFile` for a path with
  ///   another extension.
  public func locate(_ argument: String) throws(FrameworkCatalogError) -> FrameworkFile {
    if Self.isPath(argument) { return try file(atPath: argument) }
    for directory in directories {
      guard let directoryPath = try accessPath(of: directory) else { continue }
      for fileExtension in FrameworkFormat.fileExtensions {
        let fileName = argument + "." + fileExtension
        let path = FilePath.joined(directoryPath, fileName)
        guard FileSystem.isRegularFile(path) else { continue }
        return try read(
          path,
          displayPath: FilePath.joined(directory.path, fileName),
          origin: .directory(directory.path)
        )
      }
    }
    if includesBuiltIns, let file = Self.builtIn(named: argument) { return file }
    throw .notFound(
      name: argument,
      available: try availableFiles().map(\.name).sorted(),
      searched: directories.map(\.path) + (includesBuiltIns ? ["built-in"] : [])
    )
  }

  /// The `generic` framework that `file` inherits from: the one in the same folder, or among
  /// the built-ins for a built-in framework; `nil` when there is none, for `generic` itself and
  /// for standard input.
  public func generic(for file: FrameworkFile) throws(FrameworkCatalogError) -> FrameworkFile? {
    guard file.name != Self.genericName else { return nil }
    switch file.origin {
    case .standardInput:
      return nil
    case .builtIn:
      return Self.builtIn(named: Self.genericName)
    case .directory(let directory):
      let directoryPath = FilePath.joined(currentDirectory, directory)
      for fileExtension in FrameworkFormat.fileExtensions {
        let fileName = Self.genericName + "." + fileExtension
        let path = FilePath.joined(directoryPath, fileName)
        guard FileSystem.isRegularFile(path) else { continue }
        return try read(
          path,
          displayPath: FilePath.joined(directory, fileName),
          origin: file.origin
        )
      }
      return nil
    }
  }

  /// Finds, reads and decodes a framework, with what it inherits from its `generic` framework
  /// unless `inheriting` is false.
  ///
  /// - Throws: what `locate(_:)` throws, and `.invalid` when the framework or its generic
  ///   framework is not a valid framework.
  public func load(
    _ argument: String,
    inheriting: Bool = true
  ) throws(FrameworkCatalogError) -> LoadedFramework {
    try load(try locate(argument), inheriting: inheriting)
  }

  /// Decodes a framework file, with what it inherits from its `generic` framework unless
  /// `inheriting` is false.
  ///
  /// - Throws: `.invalid` when the framework or its generic framework is not a valid framework,
  ///   `.unreadable` when the generic framework cannot be read.
  public func load(
    _ file: FrameworkFile,
    inheriting: Bool = true
  ) throws(FrameworkCatalogError) -> LoadedFramework {
    var framework = try Self.decode(file)
    guard inheriting, let genericFile = try generic(for: file) else {
      return LoadedFramework(framework: framework, file: file, genericFile: nil)
    }
    framework = framework.inheriting(from: try Self.decode(genericFile))
    return LoadedFramework(framework: framework, file: file, genericFile: genericFile)
  }

  static func decode(_ file: FrameworkFile) throws(FrameworkCatalogError) -> Framework {
    do {
      return try file.decode()
    } catch {
      throw .invalid(error, file: file.source)
    }
  }

  /// The file at `path`, a framework file given by path.
  private func file(atPath path: String) throws(FrameworkCatalogError) -> FrameworkFile {
    guard FrameworkFormat(path: path) != nil else { throw .notAFrameworkFile(path: path) }
    return try read(
      FilePath.joined(currentDirectory, path),
      displayPath: path,
      origin: .directory(FilePath.directory(of: path))
    )
  }

  /// The path to open for `directory`, or `nil` when it does not exist and need not.
  func accessPath(of directory: Directory) throws(FrameworkCatalogError) -> String? {
    let path = FilePath.joined(currentDirectory, directory.path)
    guard FileSystem.isDirectory(path) else {
      guard directory.mustExist else { return nil }
      if FileSystem.exists(path) { throw .notADirectory(path: directory.path) }
      // Opening it gives the reason: missing, or no permission.
      _ = try names(in: directory, accessPath: path)
      return nil
    }
    return path
  }

  func names(
    in directory: Directory,
    accessPath: String
  ) throws(FrameworkCatalogError)
    -> [String]
  {
    do {
      return try FileSystem.names(inDirectory: accessPath, displayPath: directory.path)
    } catch {
      throw .unreadable(error)
    }
  }

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

  /// The built-in framework called `name`, if there is one.
  static func builtIn(named name: String) -> FrameworkFile? {
    for fileExtension in FrameworkFormat.fileExtensions {
      let fileName = name + "." + fileExtension
      guard let file = BundledFrameworks.files.first(where: { $0.name == fileName }) else {
        continue
      }
      return builtIn(fileName: fileName, lines: file.lines)
    }
    return nil
  }

  static func builtIn(fileName: String, lines: [String]) -> FrameworkFile {
    FrameworkFile(
      name: FilePath.stem(of: fileName),
      format: FrameworkFormat(path: fileName) ?? .markdown,
      origin: .builtIn,
      source: SourceFile(path: builtInPathPrefix + fileName, bytes: Array(lines.joined().utf8))
    )
  }
}
