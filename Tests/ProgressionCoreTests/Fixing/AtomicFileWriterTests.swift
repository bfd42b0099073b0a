import Foundation
import ProgressionCore
import TestSupport
import Testing

/// The writer `validate --fix` uses: all or nothing, permissions kept, nothing left behind.
@Suite struct AtomicFileWriterTests {
  @Test func replacesTheContentsAndKeepsThePermissions() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let file = try directory.write("old\n", to: "a.md", permissions: 0o640)
    try AtomicFileWriter().replaceContents(
      ofFileAt: file,
      with: Array("new\n".utf8),
      replacing: Array("old\n".utf8)
    )
    #expect(try directory.bytes(of: "a.md") == Array("new\n".utf8))
    #expect(try directory.permissions(of: "a.md") == 0o640)
    #expect(try directory.contents() == ["a.md"])
  }

  @Test func aLinkIsFollowedAndKept() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("old\n", to: "real/a.md")
    try FileManager.default.createSymbolicLink(
      atPath: directory.path + "/link.md",
      withDestinationPath: "real/a.md"
    )
    try AtomicFileWriter().replaceContents(
      ofFileAt: directory.path + "/link.md",
      with: Array("new\n".utf8),
      replacing: Array("old\n".utf8)
    )
    #expect(try directory.bytes(of: "real/a.md") == Array("new\n".utf8))
    let destination = try FileManager.default.destinationOfSymbolicLink(
      atPath: directory.path + "/link.md"
    )
    #expect(destination == "real/a.md")
  }

  /// Everything runs as root here, so a read-only folder would not stop the write: the fault is
  /// a folder where the temporary file must go.
  @Test func aFailedWriteLeavesTheOriginalUntouched() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let original = Array("---\ntitle: \"caf\u{00C3}\u{00A9}\"\n---\n".utf8)
    let file = try directory.write(original, to: "a.md", permissions: 0o604)
    let temporary = directory.path + "/blocked.tmp"
    try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: false)
    let writer = AtomicFileWriter(temporaryPath: { _ in temporary })
    let error = #expect(throws: FileWriteError.self) {
      try writer.replaceContents(ofFileAt: file, with: Array("new".utf8), replacing: original)
    }
    #expect(error?.step == .createTemporaryFile(temporary))
    #expect(
      error?.message
        == "cannot write '\(file)': cannot create the temporary file '\(temporary)' beside it: "
        + "file exists; the file is left as it was"
    )
    #expect(try directory.bytes(of: "a.md") == original)
    #expect(try directory.permissions(of: "a.md") == 0o604)
    #expect(try directory.contents() == ["a.md", "blocked.tmp"])
  }

  @Test func aFailedRenameRemovesTheTemporaryFile() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let original = Array("old\n".utf8)
    let file = try directory.write(original, to: "a.md")
    // On another file system the rename fails (EXDEV); when /dev/shm is the same one as the
    // temporary folder it succeeds, and the test then only checks the happy path.
    let elsewhere = "/dev/shm/progression-\(UUID().uuidString).tmp"
    guard FileManager.default.isWritableFile(atPath: "/dev/shm") else { return }
    let writer = AtomicFileWriter(temporaryPath: { _ in elsewhere })
    var failure: FileWriteError?
    do throws(FileWriteError) {
      try writer.replaceContents(ofFileAt: file, with: Array("new\n".utf8), replacing: original)
    } catch {
      failure = error
    }
    if let failure {
      #expect(failure.step == .replace)
      #expect(try directory.bytes(of: "a.md") == original)
      #expect(!FileManager.default.fileExists(atPath: elsewhere))
    } else {
      #expect(try directory.bytes(of: "a.md") == Array("new\n".utf8))
    }
  }

  @Test func aMissingFileIsAnError() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let error = #expect(throws: FileWriteError.self) {
      try AtomicFileWriter().replaceContents(
        ofFileAt: directory.path + "/missing.md",
        with: [],
        replacing: []
      )
    }
    #expect(error?.step == .inspect)
    #expect(try directory.contents() == [])
  }

  @Test func theDefaultTemporaryFileIsHiddenBesideTheFile() {
    let path = AtomicFileWriter.defaultTemporaryPath(for: "/x/frameworks/backend.md")
    #expect(path.hasPrefix("/x/frameworks/.backend.md.progression-"))
    #expect(path.hasSuffix(".tmp"))
  }

  /// Renaming over a FIFO, a device or a link to a pipe would replace it with a regular file.
  @Test func whatIsNotARegularFileIsRefused() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let fifo = directory.path + "/fifo.md"
    #expect(mkfifo(fifo, 0o644) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: directory.path + "/to-fifo.md",
      withDestinationPath: "fifo.md"
    )
    for (path, kind) in [(fifo, "a FIFO"), (directory.path + "/to-fifo.md", "a FIFO")] {
      let error = #expect(throws: FileWriteError.self) {
        try AtomicFileWriter().replaceContents(ofFileAt: path, with: [0x61], replacing: [])
      }
      #expect(error?.step == .notRegularFile(kind))
      #expect(
        error?.message
          == "cannot write '\(path)': it is \(kind), not a regular file; the file is left as it was"
      )
    }
    #expect(try directory.contents() == ["fifo.md", "to-fifo.md"])
    var status = stat()
    #expect(lstat(fifo, &status) == 0)
    #expect(status.st_mode & S_IFMT == S_IFIFO)
  }

  @Test func aDeviceIsRefused() throws {
    guard FileManager.default.fileExists(atPath: "/dev/null") else { return }
    let error = #expect(throws: FileWriteError.self) {
      try AtomicFileWriter().replaceContents(ofFileAt: "/dev/null", with: [0x61], replacing: [])
    }
    #expect(error?.step == .notRegularFile("a character device"))
    #expect(try fileType("/dev/null") == .typeCharacterSpecial)
  }

  @Test func aHardLinkedFileIsRefusedUnlessAskedToBreakTheLinks() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let original = Array("old\n".utf8)
    let file = try directory.write(original, to: "a.md")
    try FileManager.default.linkItem(atPath: file, toPath: directory.path + "/b.md")
    let error = #expect(throws: FileWriteError.self) {
      try AtomicFileWriter().replaceContents(ofFileAt: file, with: [0x61], replacing: original)
    }
    #expect(error?.step == .hardLinked(2))
    #expect(
      error?.message
        == "cannot write '\(file)': it has 2 hard links, and replacing it would leave the other "
        + "names with the old contents; the file is left as it was"
    )
    #expect(try directory.bytes(of: "a.md") == original)

    try AtomicFileWriter(breaksHardLinks: true).replaceContents(
      ofFileAt: file,
      with: Array("new\n".utf8),
      replacing: original
    )
    #expect(try directory.bytes(of: "a.md") == Array("new\n".utf8))
    #expect(try directory.bytes(of: "b.md") == original)
  }

  /// A line someone added after the file was read is not lost: the file is left as it is now.
  @Test func aFileChangedSinceItWasReadIsLeftAsItIs() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let read = Array("old\n".utf8)
    let now = Array("old\nadded meanwhile\n".utf8)
    let file = try directory.write(now, to: "a.md")
    let error = #expect(throws: FileWriteError.self) {
      try AtomicFileWriter().replaceContents(ofFileAt: file, with: [0x61], replacing: read)
    }
    #expect(error?.step == .changedSinceRead)
    #expect(
      error?.message
        == "cannot write '\(file)': it changed since it was read; run again to check it as it is "
        + "now; the file is left as it was"
    )
    #expect(try directory.bytes(of: "a.md") == now)
    #expect(try directory.contents() == ["a.md"])
    // The same size, other bytes: still a change.
    let error2 = #expect(throws: FileWriteError.self) {
      try AtomicFileWriter().replaceContents(
        ofFileAt: file,
        with: [0x61],
        replacing: Array("old\nADDED MEANWHILE\n".utf8)
      )
    }
    #expect(error2?.step == .changedSinceRead)
  }

  @Test func aDanglingLinkIsAnErrorAndKept() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let link = directory.path + "/link.md"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "gone.md")
    let error = #expect(throws: FileWriteError.self) {
      try AtomicFileWriter().replaceContents(ofFileAt: link, with: [0x61], replacing: [])
    }
    #expect(error?.step == .inspect)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "gone.md")
  }

  private func fileType(_ path: String) throws -> FileAttributeType? {
    try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
  }
}
