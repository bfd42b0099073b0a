import SystemInterface

/// The framework files in a folder and every folder below it, laid out as a company's fork of
/// the framework repository lays them out (`engineering/backend.md`, `design/product.md`, a
/// shared `generic.md` at the top).
///
/// Folders are searched at any depth, in the byte order of their paths. Names that start with a
/// dot (`.git`, `.github`) and `node_modules` folders are skipped. Links to folders are followed,
/// but a folder already searched (by device and inode) is not searched again, so a link loop
/// ends. Files ending in `.md`, `.markdown`, `.yml` or `.yaml`, in any case, are candidates;
/// whether a candidate really is a framework (a README has no front matter) is for the reader
/// to decide.
package struct FrameworkTree: Sendable {
  /// A candidate framework file.
  package struct File: Hashable, Sendable {
    /// The path below the tree's root, with `/` between folders: `engineering/backend.md`.
    package var relativePath: String
    /// The path to show: the root as written joined with `relativePath`.
    package var path: String
    /// The path to open.
    package var accessPath: String
  }

  /// The folder searched, as written.
  package var root: String
  /// The candidates, in the byte order of their relative paths.
  package var files: [File] = []
  /// Folders below the root that could not be read, and names that are not UTF-8.
  package var unreadableFolders: [SourceFileError] = []

  /// Whether a folder called `name` is skipped besides hidden ones: `node_modules` holds
  /// tools, not frameworks.
  package static func isSkippedFolder(_ name: some StringProtocol) -> Bool {
    name == "node_modules"
  }

  /// Searches the folder `root` (shown as written), opened at `accessPath`.
  package init(root: String, accessPath: String) {
    self.root = root
    var visited = Set<FileIdentity>()
    if let status = try? FileStatus(path: accessPath) { visited.insert(status.identity) }
    search(relativeFolder: "", accessPath: accessPath, visited: &visited)
    files.sort { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
  }

  private mutating func search(
    relativeFolder: String,
    accessPath: String,
    visited: inout Set<FileIdentity>
  ) {
    let listing: FileSystem.Listing
    do {
      listing = try FileSystem.listing(
        inDirectory: accessPath,
        displayPath: FilePath.joined(root, relativeFolder.isEmpty ? "." : relativeFolder)
      )
    } catch {
      unreadableFolders.append(error)
      return
    }
    for name in listing.undecodableNames {
      let path = FilePath.joined(root, relativeFolder.isEmpty ? name : relativeFolder + "/" + name)
      unreadableFolders.append(SourceFileError(path: path, errno: .illegalByteSequence))
    }
    for name in listing.names where !name.hasPrefix(".") {
      let relativePath = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
      let childAccessPath = FilePath.joined(accessPath, name)
      // Follows links: a link to a file or a folder counts as what it points to.
      guard let status = try? FileStatus(path: childAccessPath) else { continue }
      switch status.kind {
      case .directory:
        guard !Self.isSkippedFolder(name), visited.insert(status.identity).inserted else {
          continue
        }
        search(relativeFolder: relativePath, accessPath: childAccessPath, visited: &visited)
      case .regularFile:
        guard FrameworkFormat(path: name) != nil else { continue }
        files.append(
          File(
            relativePath: relativePath,
            path: FilePath.joined(root, relativePath),
            accessPath: childAccessPath
          )
        )
      default:
        continue
      }
    }
  }
}
