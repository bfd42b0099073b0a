import Foundation
import ProgressionCore
import Testing

/// The writer `validate --fix` uses: all or nothing, permissions kept, nothing left behind.
@Suite struct AtomicFileWriterTests {
  @Test func replacesTheContentsAndKeepsThePermissions() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let file = try directory.write("old\n", to: "a.md", permissions: 0o640)
    try AtomicFileWriter().replaceContents(ofFileAt: file, with: Array("new\n".utf8))
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
      with: Array("new\n".utf8)
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
      try writer.replaceContents(ofFileAt: file, with: Array("new".utf8))
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
      try writer.replaceContents(ofFileAt: file, with: Array("new\n".utf8))
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
        with: []
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
}
