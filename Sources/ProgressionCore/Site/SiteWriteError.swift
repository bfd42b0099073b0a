import SystemInterface

/// Why a site could not be written; the output folder is then left as it was.
public struct SiteWriteError: Error, Hashable, Sendable {
  /// What stopped the write.
  public enum Reason: Hashable, Sendable {
    /// The output path is something other than a folder: a file, a device.
    case notAFolder
    /// The output path is a symbolic link, which replacing would not follow.
    case symbolicLink
    /// The output folder holds files and no marker: `progression site` did not write it.
    case notEmpty
    /// The output folder is, or holds, this folder, which must survive: the current folder or
    /// a folder of frameworks, described (`the current folder`).
    case holdsProtectedFolder(String)
    /// The output folder is inside this folder, described (`the folder of frameworks
    /// 'frameworks'`), where the site would be written over or among its frameworks.
    case insideProtectedFolder(String)
    /// The output folder has a marker from a version that did not list the files it wrote.
    case unlistedMarker
    /// The output folder holds these entries (by path inside it, a folder ending in `/`)
    /// besides the files its marker lists: the user added them.
    case holdsOtherFiles([String])
    /// Looking at the output path failed.
    case inspect
    /// Creating the folder the site is written in first, beside the output folder.
    case createTemporaryFolder
    /// Creating a folder of the site, at this path inside it.
    case createFolder(String)
    /// Creating or writing a file of the site, at this path inside it.
    case writeFile(String)
    /// Putting the new site in place of the output folder.
    case replace
  }

  /// The output folder, as given.
  public var path: String
  /// What stopped the write.
  public var reason: Reason
  /// The system's error number (`errno`); 0 for a check that refused the folder.
  public var errorNumber: Int32

  /// Creates an error.
  public init(path: String, reason: Reason, errorNumber: Int32 = 0) {
    self.path = path
    self.reason = reason
    self.errorNumber = errorNumber
  }

  /// What went wrong, what to do, and that nothing changed.
  public var message: String {
    let cause = Errno(errorNumber).message
    let what =
      switch reason {
      case .notAFolder: "cannot write the site to '\(path)': it exists and is not a folder"
      case .symbolicLink:
        "cannot write the site to '\(path)': it is a symbolic link; give the folder it points to"
      case .notEmpty:
        "'\(path)' is not empty and was not written by 'progression site' (it has no "
          + "'\(SiteFiles.markerName)'); give --clean to replace what it holds, or an empty "
          + "or new folder"
      case .holdsProtectedFolder(let folder):
        "cannot write the site to '\(path)': it is or holds \(folder), which replacing it "
          + "would delete; give a folder of its own, such as 'site'"
      case .insideProtectedFolder(let folder):
        "cannot write the site to '\(path)': it is inside \(folder), whose framework files it "
          + "would replace or mix with; give a folder outside it, such as 'site'"
      case .unlistedMarker:
        "'\(path)' was written by an older 'progression site' that did not list its files, so "
          + "it may hold files of yours; give --clean to replace all it holds, or an empty or "
          + "new folder"
      case .holdsOtherFiles(let entries):
        "'\(path)' holds files 'progression site' did not write ("
          + entries.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
          + (entries.count > 3 ? " and \(entries.count - 3) more" : "")
          + "), which replacing it would delete; move them out, give --clean to delete them "
          + "too, or give another folder"
      case .inspect: "cannot write the site to '\(path)': \(cause)"
      case .createTemporaryFolder:
        "cannot write the site to '\(path)': cannot create a folder beside it: \(cause)"
      case .createFolder(let folder):
        "cannot write the site to '\(path)': cannot create the folder '\(folder)': \(cause)"
      case .writeFile(let file):
        "cannot write the site to '\(path)': cannot write '\(file)': \(cause)"
      case .replace: "cannot write the site to '\(path)': cannot put it in place: \(cause)"
      }
    return what + "; nothing was changed"
  }
}
