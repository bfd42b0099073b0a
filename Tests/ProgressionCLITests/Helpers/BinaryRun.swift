import Foundation
import TestSupport

/// What one run of the built `progression` executable (or another program) printed, and how
/// it exited.
struct BinaryRun {
  var status: Int32
  var standardOutput: String
  var standardError: String

  /// Runs the built executable as `progression ARGUMENTS` in `Tests/ProgressionCLITests`, with
  /// `standardInput` on its standard input and an environment without `NO_COLOR`.
  ///
  /// - Parameters:
  ///   - variables: environment variables to set on top of the test's own.
  ///   - executable: what to run instead, such as a shell that runs the tool.
  init(
    _ arguments: [String],
    standardInput: String = "",
    variables: [String: String] = [:],
    executable: URL? = nil
  ) throws {
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = nil
    environment.merge(variables) { $1 }
    try self.init(
      executable: try executable ?? Self.executable(),
      arguments,
      standardInput: standardInput,
      environment: environment,
      currentDirectory: TestPaths.testDirectory
    )
  }

  /// Runs any program, such as a shell, and waits for it to exit.
  ///
  /// - Parameters:
  ///   - executable: the program.
  ///   - environment: its whole environment.
  ///   - currentDirectory: the folder it runs in.
  init(
    executable: URL,
    _ arguments: [String],
    standardInput: String = "",
    environment: [String: String],
    currentDirectory: URL
  ) throws {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = currentDirectory
    process.environment = environment

    // Files, not pipes: nothing can deadlock however much the program prints.
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let input = URL(filePath: try directory.write(standardInput, to: "stdin"))
    let inputHandle = try FileHandle(forReadingFrom: input)
    let outputHandle = try FileHandle(
      forWritingTo: URL(filePath: try directory.write("", to: "stdout"))
    )
    let errorHandle = try FileHandle(
      forWritingTo: URL(filePath: try directory.write("", to: "stderr"))
    )
    defer {
      try? inputHandle.close()
      try? outputHandle.close()
      try? errorHandle.close()
    }
    process.standardInput = inputHandle
    process.standardOutput = outputHandle
    process.standardError = errorHandle

    try process.run()
    process.waitUntilExit()
    status = process.terminationStatus
    standardOutput = try directory.text(of: "stdout")
    standardError = try directory.text(of: "stderr")
  }

  /// The `progression` executable that `swift test` built alongside the tests.
  ///
  /// Looked for, in order: `$PROGRESSION_EXECUTABLE`; next to the running test executable
  /// (`.build/<triple>/<configuration>/`, which holds both under `swift test` and
  /// `swift test -c release`); in `.build/debug` and `.build/release` under the package root.
  static func executable() throws -> URL {
    var candidates: [URL] = []
    if let path = ProcessInfo.processInfo.environment["PROGRESSION_EXECUTABLE"] {
      candidates.append(URL(filePath: path))
    }
    for path in [Bundle.main.executablePath, CommandLine.arguments.first].compactMap({ $0 }) {
      var directory = URL(filePath: path).resolvingSymlinksInPath().deletingLastPathComponent()
      // On macOS the test bundle's executable is inside `X.xctest/Contents/MacOS/`.
      while directory.pathExtension == "xctest" || directory.lastPathComponent == "MacOS"
        || directory.lastPathComponent == "Contents"
      {
        directory.deleteLastPathComponent()
      }
      candidates.append(directory.appending(path: "progression"))
    }
    for configuration in ["debug", "release"] {
      candidates.append(
        PackagePaths.file(".build/\(configuration)/progression")
      )
    }
    for candidate in candidates
    where FileManager.default.isExecutableFile(atPath: candidate.path(percentEncoded: false)) {
      return candidate
    }
    throw MissingExecutable(candidates: candidates)
  }

  struct MissingExecutable: Error, CustomStringConvertible {
    var candidates: [URL]
    var description: String {
      "no built 'progression' executable; run 'swift build' first. Looked at: "
        + candidates.map { $0.path(percentEncoded: false) }.joined(separator: ", ")
    }
  }
}
