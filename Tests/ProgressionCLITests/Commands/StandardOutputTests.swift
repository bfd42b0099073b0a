import Foundation
import ProgressionCLI
import Testing

/// Collects streamed chunks; a lock keeps it `Sendable` as `StandardOutput` requires.
private final class ChunkCollector: @unchecked Sendable {
  private let lock = NSLock()
  private var collected: [[UInt8]] = []

  var chunks: [[UInt8]] { lock.withLock { collected } }

  func append(_ chunk: UnsafeRawBufferPointer) {
    lock.withLock { collected.append(Array(chunk)) }
  }
}

@Suite struct StandardOutputTests {
  private func streamedRun(
    _ arguments: [String],
    input: String = ""
  ) -> (
    result: Tool.Result, chunks: [[UInt8]]
  ) {
    let collector = ChunkCollector()
    let result = Tool.run(
      Tool.Environment(
        arguments: arguments,
        currentDirectory: TestPaths.testDirectory.path(percentEncoded: false),
        standardInput: .text(input),
        standardOutput: .streamed { collector.append($0) }
      )
    )
    return (result, collector.chunks)
  }

  @Test func smallOutputStaysInTheResult() {
    let (result, chunks) = streamedRun(["--help"])
    #expect(chunks.isEmpty)
    #expect(result.standardOutput == ToolRun(["--help"]).standardOutput.utf8.map { $0 })
  }

  @Test func aLargeDumpStreamsInChunksAndMatchesTheCollectedOutput() {
    let yaml = (0..<5_000).map { "- name: \"entry \($0)\"\n  level: \($0)\n" }.joined()
    let (result, chunks) = streamedRun(["dump", "-"], input: yaml)
    let collected = ToolRun(["dump", "-"], standardInput: yaml)
    #expect(result.status == .success)
    #expect(collected.status == .success)
    #expect(chunks.count >= 3)
    #expect(chunks.allSatisfy { $0.count >= StandardOutput.chunkSize })
    #expect(chunks.joined() + result.standardOutput == Array(collected.standardOutput.utf8))
  }
}
