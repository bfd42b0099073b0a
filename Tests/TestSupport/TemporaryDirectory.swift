import Foundation

/// A fresh folder under the system's temporary folder, removed by `remove()`.
public struct TemporaryDirectory {
  /// The folder's path.
  public let path: String

  /// Creates the folder.
  public init() throws {
    path = FileManager.default.temporaryDirectory
      .appending(path: "progression-tests-\(UUID().uuidString)")
      .path(percentEncoded: false)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// The folder, as a URL.
  public var url: URL { URL(filePath: path, directoryHint: .isDirectory) }

  /// The path of `name` inside the folder.
  public func path(_ name: String) -> String {
    path + "/" + name
  }

  /// Writes `text` to `name` (folders created as needed) and returns its path.
  @discardableResult
  public func write(_ text: String, to name: String, permissions: Int? = nil) throws -> String {
    try write(Array(text.utf8), to: name, permissions: permissions)
  }

  /// Writes `bytes` to `name` (folders created as needed) and returns its path.
  @discardableResult
  public func write(_ bytes: [UInt8], to name: String, permissions: Int? = nil) throws -> String {
    let file = try pathCreatingFolders(name)
    try Data(bytes).write(to: URL(filePath: file))
    if let permissions {
      try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: file)
    }
    return file
  }

  /// Copies the file at `source` to `name` (folders created as needed) and returns its path.
  @discardableResult
  public func copy(_ source: URL, to name: String) throws -> String {
    let file = try pathCreatingFolders(name)
    try FileManager.default.copyItem(at: source, to: URL(filePath: file))
    return file
  }

  /// The text of the file `name` in the folder.
  public func text(of name: String) throws -> String {
    String(decoding: try bytes(of: name), as: UTF8.self)
  }

  /// The bytes of the file `name` in the folder.
  public func bytes(of name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(filePath: path(name))))
  }

  /// The permissions of the file `name`.
  public func permissions(of name: String) throws -> Int? {
    try FileManager.default.attributesOfItem(atPath: path(name))[.posixPermissions] as? Int
  }

  /// The names in the folder, sorted.
  public func contents() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path).sorted()
  }

  /// The path of `name`, after creating the folders it is in.
  private func pathCreatingFolders(_ name: String) throws -> String {
    let file = path(name)
    try FileManager.default.createDirectory(
      atPath: (file as NSString).deletingLastPathComponent,
      withIntermediateDirectories: true
    )
    return file
  }

  /// Removes the folder and everything in it.
  public func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
