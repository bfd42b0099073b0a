#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the system knows about a file (`stat(2)`): its kind, size, permissions, owner, links and
/// identity.
package struct FileStatus: Sendable {
  /// What a path names.
  package enum Kind: Hashable, Sendable {
    case regularFile
    case directory
    case symbolicLink
    case fifo
    case characterDevice
    case blockDevice
    case socket
    /// A kind the tool has no name for.
    case other
  }

  /// What the file is.
  package let kind: Kind
  /// Its size in bytes.
  package let size: Int
  /// Its permission bits, with the set-user-ID, set-group-ID and sticky bits: `0o644`.
  package let permissions: UInt32
  /// The user that owns it.
  package let owner: UInt32
  /// The group that owns it.
  package let group: UInt32
  /// How many names (hard links) it has.
  package let linkCount: Int
  /// Its device and inode.
  package let identity: FileIdentity

  /// The status of what `path` names, following symbolic links.
  package init(path: String) throws(Errno) {
    var status = stat()
    guard stat(path, &status) == 0 else { throw .current }
    self.init(status)
  }

  /// The status of `path` itself: a symbolic link is not followed.
  package init(linkAt path: String) throws(Errno) {
    var status = stat()
    guard lstat(path, &status) == 0 else { throw .current }
    self.init(status)
  }

  /// The status the C library filled in.
  init(_ status: stat) {
    kind = Self.kind(of: status.st_mode)
    size = Int(status.st_size)
    permissions = UInt32(status.st_mode & 0o7777)
    owner = UInt32(status.st_uid)
    group = UInt32(status.st_gid)
    linkCount = Int(status.st_nlink)
    identity = FileIdentity(
      device: UInt64(truncatingIfNeeded: status.st_dev),
      inode: UInt64(truncatingIfNeeded: status.st_ino)
    )
  }

  /// The kind of file that `mode` (`st_mode`) describes.
  static func kind(of mode: mode_t) -> Kind {
    switch mode & S_IFMT {
    case S_IFREG: .regularFile
    case S_IFDIR: .directory
    case S_IFLNK: .symbolicLink
    case S_IFIFO: .fifo
    case S_IFCHR: .characterDevice
    case S_IFBLK: .blockDevice
    case S_IFSOCK: .socket
    default: .other
    }
  }
}

/// A file's identity on its device, to tell whether two paths name the same file.
package struct FileIdentity: Hashable, Sendable {
  /// The device the file is on.
  package let device: UInt64
  /// The file's number on its device.
  package let inode: UInt64
}
