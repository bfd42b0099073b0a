import SystemInterface

/// Finds the files `progression validate` checks, from the paths given on its command line.
///
/// A path that names a file is checked whatever its extension. A path that names a folder is
/// searched recursively for `.md`, `.markdown`, `.yml` and `.yaml` files in any case; names that
/// start with a dot (files and folders alike, such as `.git`) and `node_modules` folders are
/// skipped, a Markdown file that does not look like a framework (a README: see
/// `FrameworkFile.looksLikeFramework(_:)`) is not a
/// framework and is skipped, and symbolic links to folders are not followed, so a link cannot
/// loop. The files of each folder come in the byte order of their
/// paths, so runs are deterministic. A file reached twice is checked once.
package struct FrameworkFileSearch {
  /// A file to check, or a path that could not be searched.
  package enum Item: Hashable, Sendable {
    /// A file: the path to show, as the user wrote it or joined to it, and the path to open.
    case file(path: String, accessPath: String)
    /// A path that does not exist or cannot be read.
    case unreadable(SourceFileError)
    /// Standard input, asked for with `-`.
    case standardInput
  }

  /// The directory relative paths are resolved from.
  package var currentDirectory: String

  /// Creates a search that resolves relative paths from `currentDirectory`.
  package init(currentDirectory: String) {
    self.currentDirectory = currentDirectory
  }

  /// The files under `paths`, in order: each path's files in turn; `-` is standard input.
  package func items(for paths: [String]) -> [Item] {
    var items: [Item] = []
    var seen = Set<String>()
    for path in paths {
      if path == "-" {
        items.append(.standardInput)
        continue
      }
      let accessPath = FilePath.joined(currentDirectory, path)
      let status: FileStatus
      do throws(Errno) {
        status = try FileStatus(path: accessPath)
      } catch {
        items.append(.unreadable(SourceFileError(path: path, errno: error)))
        continue
      }
      guard status.kind == .directory else {
        if seen.insert(accessPath).inserted {
          items.append(.file(path: path, accessPath: accessPath))
        }
        continue
      }
      var found: [Item] = []
      search(directory: path, accessPath: accessPath, into: &found)
      found.sort { Self.sortKey($0).utf8.lexicographicallyPrecedes(Self.sortKey($1).utf8) }
      for item in found {
        if case .file(_, let accessPath) = item, !seen.insert(accessPath).inserted { continue }
        items.append(item)
      }
    }
    return items
  }

  /// Appends the framework files under a folder, and the folders that could not be read.
  private func search(directory path: String, accessPath: String, into items: inout [Item]) {
    let listing: FileSystem.Listing
    do {
      listing = try FileSystem.listing(inDirectory: accessPath, displayPath: path)
    } catch {
      items.append(.unreadable(error))
      return
    }
    for name in listing.undecodableNames {
      let error = SourceFileError(path: FilePath.joined(path, name), errno: .illegalByteSequence)
      items.append(.unreadable(error))
    }
    for name in listing.names where !name.hasPrefix(".") {
      let childPath = FilePath.joined(path, name)
      let childAccessPath = FilePath.joined(accessPath, name)
      guard let status = try? FileStatus(linkAt: childAccessPath) else { continue }
      switch status.kind {
      case .directory:
        guard !FrameworkTree.isSkippedFolder(name) else { continue }
        search(directory: childPath, accessPath: childAccessPath, into: &items)
      case .regularFile, .symbolicLink:
        guard let format = FrameworkFormat(path: name),
          status.kind == .regularFile || FileSystem.isRegularFile(childAccessPath),
          format == .yaml || FileSystem.looksLikeFramework(childAccessPath)
        else { continue }
        items.append(.file(path: childPath, accessPath: childAccessPath))
      default:
        continue
      }
    }
  }

  private static func sortKey(_ item: Item) -> String {
    switch item {
    case .file(let path, _): path
    case .unreadable(let error): error.path
    case .standardInput: SourceFile.standardInputPath
    }
  }
}
