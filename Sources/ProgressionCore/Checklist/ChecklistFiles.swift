/// Finds the checklists `progress` reads: the files named, and the Markdown files in the
/// folders named.
public enum ChecklistFiles {
  /// The files `paths` name, each folder replaced by the `.md` files directly in it, sorted by
  /// name.
  ///
  /// - Parameter resolve: turns a path as given into one to open (relative to the current
  ///   directory); the paths returned are as given, joined with the file names.
  /// - Throws: `SourceFileError` when a folder cannot be listed.
  public static func expand(
    _ paths: [String],
    resolve: (String) -> String
  ) throws(SourceFileError) -> [(path: String, isInFolder: Bool)] {
    var files: [(String, Bool)] = []
    for path in paths {
      let resolved = resolve(path)
      guard path != "-", FileSystem.isDirectory(resolved) else {
        files.append((path, false))
        continue
      }
      for name in try FileSystem.names(inDirectory: resolved, displayPath: path)
      where FilePath.fileExtension(of: name) == "md"
        && FileSystem.isRegularFile(FilePath.joined(resolved, name))
      {
        files.append((FilePath.joined(path, name), true))
      }
    }
    return files
  }
}
