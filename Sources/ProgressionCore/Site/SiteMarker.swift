import SystemInterface

/// The marker file `progression site` leaves in a site it wrote (`SiteFiles.markerName`): a
/// line saying so, then every file it wrote, by path inside the site, one a line, sorted by
/// their bytes. Writing the site again without `--clean` replaces that folder only when it holds
/// nothing else, so files a user added (`.git`, `CNAME`) are never deleted silently.
enum SiteMarker {
  /// The marker's first line.
  static let heading = "This folder was written by 'progression site', which may replace it.\n"
  /// The line before the list of files.
  static let listHeading = "It wrote these files, and nothing else here:\n"

  /// The marker for a site of the files at `paths`.
  static func contents(listing paths: [String]) -> [UInt8] {
    let sorted = paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    return Array((heading + listHeading + sorted.map { $0 + "\n" }.joined()).utf8)
  }

  /// The files a marker lists, or `nil` when it lists none (an older version wrote it) or is
  /// not a marker.
  static func writtenPaths(_ bytes: [UInt8]) -> Set<String>? {
    let prefix = heading + listHeading
    guard let text = String(validating: bytes, as: UTF8.self), text.hasPrefix(prefix) else {
      return nil
    }
    return Set(text.dropFirst(prefix.count).split(separator: "\n").map(String.init))
  }

  /// What an existing output folder holds, as far as replacing it goes.
  enum FolderContents: Hashable {
    /// Nothing, or only the files its marker lists.
    case replaceable
    /// Files, and no marker.
    case notASite
    /// A marker that lists no files, so what else the folder holds is unknown.
    case unlistedSite
    /// These entries besides the files its marker lists, by path inside it.
    case otherFiles([String])
  }

  /// What the folder at `folder` (shown as `shown`) holds.
  ///
  /// - Throws: `SourceFileError` when a folder or the marker cannot be read.
  static func contents(
    ofFolder folder: String,
    shown: String
  ) throws(SourceFileError) -> FolderContents {
    guard !(try FileSystem.names(inDirectory: folder, displayPath: shown).isEmpty) else {
      return .replaceable
    }
    let marker = folder + "/" + SiteFiles.markerName
    guard FileSystem.isRegularFile(marker) else { return .notASite }
    guard let written = writtenPaths(try SourceFile(reading: marker).bytes) else {
      return .unlistedSite
    }
    let unknown = try unknownEntries(in: folder, written: written)
    return unknown.isEmpty ? .replaceable : .otherFiles(unknown)
  }

  /// What `folder` holds besides the marker and the files of `written`, by path inside it,
  /// sorted: a folder none of `written` is in is one entry, ending in `/`.
  ///
  /// - Throws: `SourceFileError` when a folder cannot be read.
  private static func unknownEntries(
    in folder: String,
    written: Set<String>
  ) throws(SourceFileError) -> [String] {
    var folders: Set<String> = []
    for path in written {
      var prefix = ""
      for component in path.split(separator: "/").dropLast() {
        prefix += prefix.isEmpty ? String(component) : "/" + component
        folders.insert(prefix)
      }
    }
    var unknown: [String] = []
    var pending = [""]
    while let relative = pending.popLast() {
      let listing = try FileSystem.listing(
        inDirectory: relative.isEmpty ? folder : folder + "/" + relative,
        displayPath: relative
      )
      for name in listing.names + listing.undecodableNames {
        let path = relative.isEmpty ? name : relative + "/" + name
        let isFolder = (try? FileStatus(linkAt: folder + "/" + path))?.kind == .directory
        if isFolder {
          if folders.contains(path) { pending.append(path) } else { unknown.append(path + "/") }
        } else if !written.contains(path), path != SiteFiles.markerName {
          unknown.append(path)
        }
      }
    }
    return unknown.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}
