/// Small operations on `/`-separated path strings, without Foundation.
package enum FilePath {
  /// The last component of `path`: `backend.md` for `frameworks/backend.md`.
  package static func lastComponent(of path: String) -> Substring {
    let trimmed = path.utf8.last == UInt8(ascii: "/") ? path.dropLast() : Substring(path)
    guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
    return trimmed[trimmed.index(after: slash)...]
  }

  /// The extension of the last component, without the dot: `md` for `backend.md`; `nil` when
  /// there is none (`Makefile`, `.profile`).
  package static func fileExtension(of path: String) -> String? {
    let name = lastComponent(of: path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    return String(name[name.index(after: dot)...])
  }

  /// The last component without its extension: `backend` for `frameworks/backend.md`.
  package static func stem(of path: String) -> String {
    let name = lastComponent(of: path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return String(name) }
    return String(name[..<dot])
  }

  /// The folder holding `path`: `frameworks` for `frameworks/backend.md`, `.` for `backend.md`,
  /// `/` for `/backend.md`.
  package static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    if slash == path.startIndex { return "/" }
    return String(path[..<slash])
  }

  /// `component` appended to `directory` with one `/` between them; an absolute `component` is
  /// returned as it is, and `.` as the directory adds nothing.
  package static func joined(_ directory: String, _ component: String) -> String {
    if component.hasPrefix("/") || directory.isEmpty || directory == "." { return component }
    return directory.hasSuffix("/") ? directory + component : directory + "/" + component
  }
}

extension FilePath {
  /// `path` with `.` components and `..` after a named folder removed, and no trailing `/`:
  /// `./frameworks/a/../b/` → `frameworks/b`. Links are not resolved: the result is lexical.
  /// An empty relative path is `.`.
  package static func normalized(_ path: String) -> String {
    if isNormalized(path) { return path }
    let isAbsolute = path.hasPrefix("/")
    var components: [Substring] = []
    for component in path.split(separator: "/") where component != "." {
      if component == "..", let last = components.last, last != ".." {
        components.removeLast()
      } else if component == ".." && isAbsolute {
        continue
      } else {
        components.append(component)
      }
    }
    let joined = components.joined(separator: "/")
    if isAbsolute { return "/" + joined }
    return joined.isEmpty ? "." : joined
  }

  /// Whether `path` is already as `normalized(_:)` makes it: no empty, `.` or `..` component
  /// (but for `.` or a leading run of `..` alone) and no trailing `/`. Checked byte by byte,
  /// so the common case allocates nothing.
  private static func isNormalized(_ path: String) -> Bool {
    let bytes = path.utf8
    guard let last = bytes.last else { return false }
    if path == "." || path == "/" { return true }
    guard last != UInt8(ascii: "/") else { return false }
    var componentLength = 0
    var dots = 0
    var sawName = false
    var isFirst = true
    for byte in bytes {
      if byte == UInt8(ascii: "/") {
        let isLeadingSlash = isFirst && componentLength == 0
        if !isLeadingSlash {
          guard componentLength > 0, !(componentLength == 1 && dots == 1) else { return false }
          if componentLength == 2 && dots == 2 {
            guard !sawName && !path.hasPrefix("/") else { return false }
          } else {
            sawName = true
          }
        }
        isFirst = false
        componentLength = 0
        dots = 0
        continue
      }
      componentLength += 1
      if byte == UInt8(ascii: ".") { dots += 1 }
    }
    if componentLength == 1 && dots == 1 { return false }
    if componentLength == 2 && dots == 2 { return !sawName && !path.hasPrefix("/") }
    return true
  }

  /// The folder that holds the folder `path`, lexically: `frameworks` for `frameworks/a`, `.`
  /// for `frameworks`, `..` for `.`; `nil` for `/`.
  package static func parent(of path: String) -> String? {
    let path = normalized(path)
    if path == "/" { return nil }
    if path == "." { return ".." }
    if path == ".." || path.hasSuffix("/..") { return path + "/.." }
    return directory(of: path)
  }

  /// `path` without the extension of its last component: `engineering/backend` for
  /// `engineering/backend.md`.
  package static func removingExtension(_ path: String) -> String {
    let folder = directory(of: path)
    return folder == "." ? stem(of: path) : folder + "/" + stem(of: path)
  }
}
