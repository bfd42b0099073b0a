import Foundation
import ProgressionCore
import TestSupport
import Testing

@Suite struct BundledFrameworksTests {
  static let sourcePath = PackagePaths.file(
    "Sources/ProgressionCore/Bundled/BundledFrameworks.swift"
  ).path(percentEncoded: false)

  /// The framework files in `frameworks/`, sorted by name.
  static func frameworkFiles() throws -> [(name: String, bytes: [UInt8])] {
    let names = try FileManager.default.contentsOfDirectory(
      atPath: PackagePaths.file("frameworks").path(percentEncoded: false)
    )
    .filter { !$0.hasPrefix(".") && FrameworkFormat(path: $0) != nil }
    .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    return try names.map { name in
      (name, try TestFiles.repositoryFile("frameworks/" + name).bytes)
    }
  }

  /// Fails when the generated source is not what the files in `frameworks/` give; with
  /// `UPDATE_BUNDLED=1`, rewrites it first (and still fails, so that the change is reviewed).
  @Test func generatedSourceIsInSyncWithTheFrameworksFolder() throws {
    let files = try Self.frameworkFiles()
    var texts: [(name: String, text: String)] = []
    for file in files {
      let text = try #require(
        String(validating: file.bytes, as: UTF8.self),
        "frameworks/\(file.name) is not valid UTF-8"
      )
      texts.append((file.name, text))
    }
    let expected = BundledSourceGenerator.source(for: texts)
    let actual = try SourceFile(reading: Self.sourcePath).bytes
    guard Array(expected.utf8) != actual else { return }
    if ProcessInfo.processInfo.environment["UPDATE_BUNDLED"] == "1" {
      try expected.write(toFile: Self.sourcePath, atomically: true, encoding: .utf8)
      Issue.record("regenerated \(Self.sourcePath); review and commit it, then run the tests again")
    } else {
      Issue.record(
        """
        BundledFrameworks.swift is out of date with frameworks/; run \
        'UPDATE_BUNDLED=1 swift test --filter BundledFrameworksTests' and commit the result
        """
      )
    }
  }

  @Test func compiledFilesAreTheFrameworksByteForByte() throws {
    let files = try Self.frameworkFiles()
    #expect(BundledFrameworks.files.map(\.name) == files.map(\.name))
    for (compiled, file) in zip(BundledFrameworks.files, files) {
      #expect(Array(compiled.lines.joined().utf8) == file.bytes, "\(file.name)")
    }
  }

  @Test func shipsTheBackendFramework() {
    #expect(BundledFrameworks.files.map(\.name).contains("backend.md"))
  }

  @Test(
    arguments: [
      ("plain", "\"plain\""),
      ("say \"hi\"\\now\n", #""say \"hi\"\\now\n""#),
      ("tab\there\r\n", #""tab\there\r\n""#),
      ("👩\u{200D}💼 é \u{FEFF}\u{7}", #""👩\u{200D}💼 é \u{FEFF}\u{7}""#),
      ("🛠️ trailing space   ", "\"🛠️ trailing space   \""),
      ("\\(not interpolated)", #""\\(not interpolated)""#),
    ]
  )
  func literalsEscapeWhatAStringLiteralCannotHoldVerbatim(text: String, literal: String) {
    #expect(BundledSourceGenerator.literal(text) == literal)
  }

  @Test func linesKeepTheirLineBreaksAndTheLastLineMayHaveNone() {
    #expect(BundledSourceGenerator.lines(of: "a\r\nb\n\nc") == ["a\r\n", "b\n", "\n", "c"])
    #expect(BundledSourceGenerator.lines(of: "a\n") == ["a\n"])
    #expect(BundledSourceGenerator.lines(of: "") == [])
  }
}
