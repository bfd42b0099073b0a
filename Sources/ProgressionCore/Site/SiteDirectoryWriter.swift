import SystemInterface

/// Writes a site's files as a folder, completely or not at all.
///
/// The files are written into a new folder beside the output folder (`.NAME.progression-XXXXXX`),
/// which then takes the output folder's place by renaming; the folder it replaces is renamed
/// aside first and deleted last. A failure before the rename removes the new folder and leaves
/// the output folder as it was, so a site is never left half written. (A process killed midway
/// may leave the new folder beside it, never a mixed output folder.)
///
/// Only what `progression site` wrote is replaced without asking: a folder holding the marker
/// file `SiteFiles.markerName` and only the files it lists, an empty folder, or nothing at all.
/// Anything else needs `clean`. Whatever `clean` says, an output folder that is or holds a
/// protected folder or file (the current folder, a folder of frameworks, a framework file read),
/// or is inside one that does not allow it (a folder of frameworks), is refused.
public struct SiteDirectoryWriter {
  /// Creates a file that does not exist yet with the given bytes: `NewFileWriter.create` for
  /// real writes, a failing one in tests.
  public typealias CreateFile = (String, [UInt8]) throws(FileWriteError) -> Void

  /// The output folder, as shown.
  public var path: String
  /// The output folder, as opened.
  public var accessPath: String
  /// Whether a folder not written by the tool may be replaced.
  public var clean: Bool
  /// Folders the output folder must neither be nor hold, as opened.
  public var protectedFolders: [ProtectedFolder]
  /// How files are created.
  public var createFile: CreateFile

  /// A writer for the output folder `path`, opened at `accessPath`.
  public init(
    path: String,
    accessPath: String,
    clean: Bool,
    protectedFolders: [ProtectedFolder],
    createFile: @escaping CreateFile = NewFileWriter.create
  ) {
    self.path = path
    self.accessPath = accessPath
    self.clean = clean
    self.protectedFolders = protectedFolders
    self.createFile = createFile
  }

  /// Writes `files`, each a path inside the site (`engineering/backend/index.html`) and its
  /// bytes, and the marker file, as the output folder. `files` is read once, one file at a
  /// time, so a lazy sequence keeps only one file in memory.
  ///
  /// - Throws: `SiteWriteError` when the output folder cannot or may not be replaced, or a file
  ///   cannot be written; the output folder is then as it was.
  public func write(
    _ files: some Sequence<(path: String, bytes: [UInt8])>
  ) throws(SiteWriteError) {
    let existing = try inspect()
    let parent = FilePath.directory(of: FilePath.normalized(accessPath))
    let name = String(FilePath.lastComponent(of: FilePath.normalized(accessPath)))
    let temporary = try Self.makeFolder(beside: parent, name: name, path: path)
    do throws(SiteWriteError) {
      do throws(Errno) {
        try FileSystemCalls.setPermissions(temporary, 0o755)
      } catch {
        throw SiteWriteError(
          path: path,
          reason: .createTemporaryFolder,
          errorNumber: error.rawValue
        )
      }
      var folders: Set<String> = []
      var written: [String] = []
      for file in files {
        try createFolders(of: file.path, in: temporary, made: &folders)
        try create(file, in: temporary)
        written.append(file.path)
      }
      let marker = SiteMarker.contents(listing: written)
      try create((path: SiteFiles.markerName, bytes: marker), in: temporary)
      try replace(with: temporary, existing: existing, parent: parent, name: name)
    } catch {
      FileSystemCalls.removeTree(temporary)
      throw error
    }
  }

  /// Creates `file` inside `root`.
  private func create(
    _ file: (path: String, bytes: [UInt8]),
    in root: String
  ) throws(SiteWriteError) {
    do throws(FileWriteError) {
      try createFile(root + "/" + file.path, file.bytes)
    } catch {
      throw SiteWriteError(
        path: path,
        reason: .writeFile(file.path),
        errorNumber: error.errorNumber
      )
    }
  }

  /// Whether a folder is at the output path, after checking it may be replaced.
  private func inspect() throws(SiteWriteError) -> Bool {
    try checkProtectedFolders()
    let status: FileStatus
    do throws(Errno) {
      status = try FileStatus(linkAt: accessPath)
    } catch {
      guard error == .noSuchFileOrDirectory else {
        throw SiteWriteError(path: path, reason: .inspect, errorNumber: error.rawValue)
      }
      return false
    }
    switch status.kind {
    case .directory: break
    case .symbolicLink: throw SiteWriteError(path: path, reason: .symbolicLink)
    default: throw SiteWriteError(path: path, reason: .notAFolder)
    }
    guard !clean else { return true }
    let contents: SiteMarker.FolderContents
    do throws(SourceFileError) {
      contents = try SiteMarker.contents(ofFolder: accessPath, shown: path)
    } catch {
      throw SiteWriteError(path: path, reason: .inspect, errorNumber: error.errorNumber)
    }
    switch contents {
    case .replaceable: return true
    case .notASite: throw SiteWriteError(path: path, reason: .notEmpty)
    case .unlistedSite: throw SiteWriteError(path: path, reason: .unlistedMarker)
    case .otherFiles(let unknown):
      throw SiteWriteError(path: path, reason: .holdsOtherFiles(unknown))
    }
  }

  /// Refuses an output folder that is or holds a protected folder or file, or is inside a
  /// protected folder that does not allow it. A new output folder is judged by its parent.
  private func checkProtectedFolders() throws(SiteWriteError) {
    let normalized = FilePath.normalized(accessPath)
    let real =
      (try? FileSystemCalls.realPath(accessPath))
      ?? (try? FileSystemCalls.realPath(FilePath.directory(of: normalized))).map {
        ($0 == "/" ? "" : $0) + "/" + FilePath.lastComponent(of: normalized)
      }
    guard let real else { return }
    for folder in protectedFolders {
      guard let protected = try? FileSystemCalls.realPath(folder.path) else { continue }
      if protected == real || protected.hasPrefix(real == "/" ? "/" : real + "/") {
        throw SiteWriteError(path: path, reason: .holdsProtectedFolder(folder.shown))
      }
      if !folder.mayHoldOutput, real.hasPrefix(protected == "/" ? "/" : protected + "/") {
        throw SiteWriteError(path: path, reason: .insideProtectedFolder(folder.shown))
      }
    }
  }

  /// Creates the folders above `file` inside `root` that `made` does not hold yet.
  private func createFolders(
    of file: String,
    in root: String,
    made: inout Set<String>
  ) throws(SiteWriteError) {
    var folder = ""
    for component in file.split(separator: "/").dropLast() {
      folder += folder.isEmpty ? String(component) : "/" + component
      guard made.insert(folder).inserted else { continue }
      do throws(Errno) {
        try FileSystemCalls.makeFolder(root + "/" + folder, permissions: 0o755)
      } catch {
        throw SiteWriteError(path: path, reason: .createFolder(folder), errorNumber: error.rawValue)
      }
    }
  }

  /// Puts `temporary` where the output folder is, moving an `existing` one aside first and
  /// deleting it after.
  private func replace(
    with temporary: String,
    existing: Bool,
    parent: String,
    name: String
  ) throws(SiteWriteError) {
    guard existing else {
      do throws(Errno) {
        try FileSystemCalls.rename(temporary, to: accessPath)
      } catch {
        throw SiteWriteError(path: path, reason: .replace, errorNumber: error.rawValue)
      }
      return
    }
    // Renaming onto an empty folder replaces it, so the old site first takes the place of a
    // new empty folder, and the new site the place of the old one.
    let aside = try Self.makeFolder(beside: parent, name: name, path: path)
    do throws(Errno) {
      try FileSystemCalls.rename(accessPath, to: aside)
    } catch {
      try? FileSystemCalls.removeFolder(aside)
      throw SiteWriteError(path: path, reason: .replace, errorNumber: error.rawValue)
    }
    do throws(Errno) {
      try FileSystemCalls.rename(temporary, to: accessPath)
    } catch {
      try? FileSystemCalls.rename(aside, to: accessPath)
      throw SiteWriteError(path: path, reason: .replace, errorNumber: error.rawValue)
    }
    FileSystemCalls.removeTree(aside)
  }

  /// Creates a new, empty folder `.NAME.progression-XXXXXX` in `parent`.
  private static func makeFolder(
    beside parent: String,
    name: String,
    path: String
  ) throws(SiteWriteError) -> String {
    do throws(Errno) {
      return try FileSystemCalls.makeUniqueFolder(prefix: parent + "/." + name + ".progression-")
    } catch {
      throw SiteWriteError(path: path, reason: .createTemporaryFolder, errorNumber: error.rawValue)
    }
  }
}

extension SiteDirectoryWriter {
  /// A folder or file the output folder must not be or hold.
  public struct ProtectedFolder: Hashable, Sendable {
    /// The folder, as opened.
    public var path: String
    /// The folder, as shown.
    public var shown: String
    /// Whether the output folder may be inside it (the current folder), or not (a folder of
    /// frameworks, where a site would be written over or among the frameworks).
    public var mayHoldOutput: Bool

    /// A protected folder opened at `path`, shown as `shown`.
    public init(path: String, shown: String, mayHoldOutput: Bool = true) {
      self.path = path
      self.shown = shown
      self.mayHoldOutput = mayHoldOutput
    }
  }
}
