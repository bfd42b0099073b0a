import Foundation
import ProgressionCore
import TestSupport
import Testing

/// The site writer replaces the output folder completely or not at all.
@Suite struct SiteDirectoryWriterTests {
  private static func writer(
    _ output: String,
    createFile: @escaping SiteDirectoryWriter.CreateFile = NewFileWriter.create
  ) -> SiteDirectoryWriter {
    SiteDirectoryWriter(
      path: output,
      accessPath: output,
      clean: false,
      protectedFolders: [],
      createFile: createFile
    )
  }

  static let files: [(path: String, bytes: [UInt8])] = [
    ("index.html", Array("home".utf8)),
    ("a/b/index.html", Array("deep".utf8)),
    ("a/index.html", Array("a".utf8)),
  ]

  @Test func aFailedWriteLeavesThePreviousSiteAndNoTemporaryFolder() throws {
    let parent = try TemporaryDirectory()
    defer { parent.remove() }
    let output = parent.path("site")
    try Self.writer(output).write(Self.files)
    let before = try FileManager.default.subpathsOfDirectory(atPath: output).sorted()
    #expect(
      before == [".progression-site", "a", "a/b", "a/b/index.html", "a/index.html", "index.html"]
    )

    var written = 0
    let failing = Self.writer(output) { (path: String, bytes: [UInt8]) throws(FileWriteError) in
      written += 1
      guard written < 3 else {
        throw FileWriteError(path: path, step: .create, errorNumber: ENOSPC)
      }
      try NewFileWriter.create(path, with: bytes)
    }
    #expect(
      throws: SiteWriteError(path: output, reason: .writeFile("a/index.html"), errorNumber: ENOSPC)
    ) {
      try failing.write([("index.html", Array("new".utf8))] + Self.files.dropFirst())
    }
    #expect(try FileManager.default.subpathsOfDirectory(atPath: output).sorted() == before)
    #expect(try String(contentsOfFile: output + "/index.html", encoding: .utf8) == "home")
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
  }

  @Test func theErrorSaysWhatFailedAndThatNothingChanged() {
    let error = SiteWriteError(
      path: "public",
      reason: .writeFile("a/index.html"),
      errorNumber: ENOSPC
    )
    #expect(
      error.message
        == "cannot write the site to 'public': cannot write 'a/index.html': no space left on "
        + "device; nothing was changed"
    )
  }

  @Test func aMissingParentIsReported() throws {
    #expect(
      throws: SiteWriteError(
        path: "/nonexistent/x/site",
        reason: .createTemporaryFolder,
        errorNumber: ENOENT
      )
    ) {
      try Self.writer("/nonexistent/x/site").write(Self.files)
    }
  }

  @Test func aSymbolicLinkIsRefused() throws {
    let parent = try TemporaryDirectory()
    defer { parent.remove() }
    try FileManager.default.createDirectory(
      atPath: parent.path("real"),
      withIntermediateDirectories: false
    )
    try FileManager.default.createSymbolicLink(
      atPath: parent.path("link"),
      withDestinationPath: "real"
    )
    #expect(throws: SiteWriteError(path: parent.path("link"), reason: .symbolicLink)) {
      try Self.writer(parent.path("link")).write(Self.files)
    }
  }
}
