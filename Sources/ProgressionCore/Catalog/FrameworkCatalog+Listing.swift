extension FrameworkCatalog {
  /// One available framework, as a listing shows it.
  public struct Entry: Hashable, Sendable {
    /// The framework's name, the file's stem.
    public var name: String
    /// Where it comes from.
    public var origin: FrameworkOrigin
    /// The path shown for its file (`frameworks/backend.md`, `<built-in>/backend.md`).
    public var path: String
    /// The framework, without inheritance; or why it could not be read (`.unreadable`) or is
    /// not a valid framework (`.invalid`).
    public var framework: Result<Framework, FrameworkCatalogError>

    /// Creates an entry.
    public init(
      name: String,
      origin: FrameworkOrigin,
      path: String,
      framework: Result<Framework, FrameworkCatalogError>
    ) {
      self.name = name
      self.origin = origin
      self.path = path
      self.framework = framework
    }
  }

  /// Every framework a name can reach, in search order (the catalog's directories, then the
  /// built-ins), each sorted by name; a name shadowed by an earlier place is left out.
  ///
  /// A file that cannot be read or decoded is listed with its error.
  ///
  /// - Throws: `.unreadable` when a directory that must exist cannot be read.
  public func entries() throws(FrameworkCatalogError) -> [Entry] {
    var entries: [Entry] = []
    for candidate in try availableFiles() {
      let file: FrameworkFile
      switch candidate.location {
      case .builtIn(let lines):
        file = Self.builtIn(fileName: candidate.fileName, lines: lines)
      case .directory(let directory, let accessPath):
        do {
          file = try read(
            FilePath.joined(accessPath, candidate.fileName),
            displayPath: candidate.path,
            origin: .directory(directory.path)
          )
        } catch {
          entries.append(
            Entry(
              name: candidate.name,
              origin: .directory(directory.path),
              path: candidate.path,
              framework: .failure(error)
            )
          )
          continue
        }
      }
      let framework: Result<Framework, FrameworkCatalogError>
      do {
        framework = .success(try Self.decode(file))
      } catch {
        framework = .failure(error)
      }
      entries.append(
        Entry(name: file.name, origin: file.origin, path: file.source.path, framework: framework)
      )
    }
    return entries
  }

  /// A framework file found by listing, before it is read.
  struct Candidate {
    enum Location {
      case directory(Directory, accessPath: String)
      case builtIn(lines: [String])
    }

    var name: String
    var fileName: String
    var path: String
    var location: Location
  }

  /// The framework files a name can reach, without shadowed ones, in search order.
  func availableFiles() throws(FrameworkCatalogError) -> [Candidate] {
    var seen: Set<String> = []
    var candidates: [Candidate] = []
    for directory in directories {
      guard let accessPath = try accessPath(of: directory) else { continue }
      var best: [String: (rank: Int, fileName: String)] = [:]
      for fileName in try names(in: directory, accessPath: accessPath) {
        guard !fileName.hasPrefix("."),
          let fileExtension = FilePath.fileExtension(of: fileName),
          let rank = FrameworkFormat.fileExtensions.firstIndex(of: fileExtension),
          FileSystem.isRegularFile(FilePath.joined(accessPath, fileName))
        else { continue }
        let name = FilePath.stem(of: fileName)
        if let current = best[name], current.rank < rank { continue }
        best[name] = (rank, fileName)
      }
      for (name, file) in best.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) })
      where seen.insert(name).inserted {
        candidates.append(
          Candidate(
            name: name,
            fileName: file.fileName,
            path: FilePath.joined(directory.path, file.fileName),
            location: .directory(directory, accessPath: accessPath)
          )
        )
      }
    }
    guard includesBuiltIns else { return candidates }
    for file in BundledFrameworks.files.sorted(by: { $0.name < $1.name }) {
      let name = FilePath.stem(of: file.name)
      guard seen.insert(name).inserted else { continue }
      candidates.append(
        Candidate(
          name: name,
          fileName: file.name,
          path: Self.builtInPathPrefix + file.name,
          location: .builtIn(lines: file.lines)
        )
      )
    }
    return candidates
  }
}
