/// Where standard output goes: collected in memory, or streamed out in chunks as it is written.
///
/// In-process runs collect it, so that tests can compare it with goldens. The process streams
/// it: a large `dump` then needs neither memory nor page faults for its whole output, and a
/// reader such as `head` gets the first lines without waiting for the last.
package struct StandardOutput: Sendable {
  /// Writes one chunk; `nil` when output is collected.
  let stream: (@Sendable (UnsafeRawBufferPointer) -> Void)?
  /// The pager the chunks go through, when output is paged.
  let pager: PagedOutput?

  /// Output kept in memory and returned in `Tool.Result.standardOutput`.
  package static let collected = Self(stream: nil, pager: nil)

  /// Output handed to `stream` in chunks of about `chunkSize` bytes; `Tool.Result` holds only
  /// what was written after the last chunk.
  package static func streamed(
    to stream: @escaping @Sendable (UnsafeRawBufferPointer) -> Void
  ) -> Self {
    Self(stream: stream, pager: nil)
  }

  /// Output streamed through `pager`, which sends it on to a pager once it is longer than
  /// the screen; the process finishes the pager after the run.
  static func paged(by pager: PagedOutput) -> Self {
    Self(stream: { pager.write($0) }, pager: pager)
  }

  /// The size of a chunk: large enough to make system calls rare, small enough to stay in cache.
  package static let chunkSize = 64 * 1024
}
