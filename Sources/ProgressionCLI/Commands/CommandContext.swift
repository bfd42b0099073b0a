import ProgressionCore

/// What a running command reads from and writes to: the tool's environment and its two output
/// streams. Standard error is collected; standard output is collected in-process and streamed
/// out in chunks when the tool runs as a process (see `StandardOutput`).
package final class CommandContext {
  /// The environment the tool was run in.
  package let environment: Tool.Environment
  /// The bytes written to standard output so far.
  package private(set) var standardOutput: [UInt8] = []
  /// The bytes written to standard error so far.
  package private(set) var standardError: [UInt8] = []
  /// When to colour diagnostics; the tool sets it from `--color` for commands that declare it.
  package var colorMode: ColorMode = .auto
  /// What the command keeps until the process exits (`Tool.main` exits with the context still
  /// alive): parsed documents and large values, which a short-lived process need not free.
  /// In-process runs free them with the context.
  package let keepAlive = KeepAlive()

  /// Creates a context with empty output.
  package init(environment: Tool.Environment) {
    self.environment = environment
  }

  /// Whether diagnostics on standard error are coloured.
  package var usesColor: Bool {
    colorMode.usesColor(
      isTerminal: environment.isStandardErrorTerminal,
      variables: environment.variables
    )
  }

  /// The renderer for standard error, colouring as `usesColor` says.
  package var renderer: DiagnosticRenderer { DiagnosticRenderer(usesColor: usesColor) }

  /// Writes `text` to standard output.
  package func write(_ text: String) {
    standardOutput.append(contentsOf: text.utf8)
    flushIfFull()
  }

  /// Writes `bytes` to standard output, without copying them when nothing was written before.
  package func write(bytes: [UInt8]) {
    if standardOutput.isEmpty {
      standardOutput = bytes
    } else {
      standardOutput.append(contentsOf: bytes)
    }
    flushIfFull()
  }

  /// Writes `bytes` to standard output, streaming them straight out when output is streamed.
  package func write(chunk bytes: UnsafeRawBufferPointer) {
    if let stream = environment.standardOutput.stream, standardOutput.isEmpty {
      stream(bytes)
    } else {
      standardOutput.append(contentsOf: bytes)
      flushIfFull()
    }
  }

  /// Streams the collected output out once it reaches a chunk, when output is streamed.
  private func flushIfFull() {
    guard let stream = environment.standardOutput.stream,
      standardOutput.count >= StandardOutput.chunkSize
    else { return }
    standardOutput.withUnsafeBytes { stream($0) }
    standardOutput.removeAll(keepingCapacity: true)
  }

  /// Writes `text` to standard error as it is.
  package func writeError(_ text: String) {
    standardError.append(contentsOf: text.utf8)
  }

  /// Writes a diagnostic to standard error, with its source line when `source` is given.
  package func report(_ diagnostic: Diagnostic, in source: SourceFile?) {
    writeError(renderer.render(diagnostic, source: source?.bytes))
  }

  /// Writes the diagnostic for a file that could not be read as YAML or as a framework.
  package func report(_ error: FrameworkError, in source: SourceFile) {
    report(error.diagnostic(path: source.path), in: source)
  }

  /// Writes `progression: error: MESSAGE` to standard error.
  package func reportError(_ message: String) {
    writeError(renderer.renderToolError(message))
  }

  /// Reads the file at `path`, or standard input when `path` is `-`.
  ///
  /// A relative path is read from the environment's current directory, but kept as written for
  /// messages, so that they show what the user typed.
  ///
  /// - Throws: `SourceFileError` when the file does not exist, is a directory or is unreadable.
  package func readSource(_ path: String) throws(SourceFileError) -> SourceFile {
    if path == "-" {
      return SourceFile(
        path: SourceFile.standardInputPath,
        bytes: try environment.standardInput.read()
      )
    }
    do {
      var file = try SourceFile(reading: resolvedPath(path))
      file.path = path
      return file
    } catch {
      var error = error
      error.path = path
      throw error
    }
  }

  /// `path` as the process opens it: a relative path is taken from the environment's current
  /// directory, so that in-process runs read and write where the user would.
  package func resolvedPath(_ path: String) -> String {
    let directory = environment.currentDirectory
    return path.hasPrefix("/") || directory.isEmpty || directory == "."
      ? path : directory + "/" + path
  }
}
