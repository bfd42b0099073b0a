import Foundation
import ProgressionCLI
import TestSupport
import Testing

/// The built-in frameworks travel inside the binary: a copy of the executable, run from a folder
/// with no `frameworks/` and an environment without `PROGRESSION_FRAMEWORKS`, still shows them.
///
/// CI runs this against the release binary too:
/// `PROGRESSION_EXECUTABLE=.build/release/progression swift test --filter PortableBinaryTests`.
@Suite struct PortableBinaryTests {
  @Test func copiedBinaryShowsTheBuiltInFrameworkFromAnyFolder() throws {
    let scratch = try TemporaryDirectory()
    defer { scratch.remove() }
    let copy = URL(filePath: try scratch.copy(try BinaryRun.executable(), to: "bin/progression"))
    let workFolder = scratch.url.appending(path: "elsewhere")
    try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)

    let process = Process()
    process.executableURL = copy
    process.arguments = ["show", "backend", "--level", "3"]
    process.currentDirectoryURL = workFolder
    process.environment = [:]
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try Self.run(process)
    let printed = output.fileHandleForReading.readDataToEndOfFile()
    let complaints = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()

    #expect(process.terminationStatus == 0)
    #expect(String(decoding: complaints, as: UTF8.self) == "")
    #expect(String(decoding: printed, as: UTF8.self) == expectedLevel3())
  }

  /// Starts `process`, trying again for a moment while the kernel says the copy is busy: a
  /// child that another test forks while the copy is being written holds it open for writing
  /// until that child execs (ETXTBSY), a race of parallel tests, not of the tool.
  private static func run(_ process: Process) throws {
    for attempt in 1... {
      do {
        try process.run()
        return
      } catch let error as NSError {
        let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
        guard underlying?.code == Int(ETXTBSY), attempt < 50 else { throw error }
        usleep(100_000)
      }
    }
  }

  /// What the tool prints in-process for `frameworks/backend.md`, which the built-in copy mirrors
  /// byte for byte (ProgressionCoreTests checks that).
  private func expectedLevel3() -> String {
    let result = Tool.run(
      Tool.Environment(
        arguments: ["show", "frameworks/backend.md", "--level", "3"],
        variables: [:],
        currentDirectory: PackagePaths.root.path(percentEncoded: false),
        standardInput: .text(""),
        isStandardErrorTerminal: false
      )
    )
    return String(decoding: result.standardOutput, as: UTF8.self)
  }
}
