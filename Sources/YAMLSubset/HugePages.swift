import SystemInterface

/// Asks the kernel to back large buffers with huge pages.
///
/// A buffer of megabytes filled once (a file read whole, a document's JSON, the parser's stack
/// of pending keys) otherwise takes one page fault per 4 KiB page: a fifth of the time of `dump`
/// on a 10 MB file went to the kernel. On Linux, `madvise(MADV_HUGEPAGE)` lets each 2 MiB-aligned stretch of the buffer
/// fault in as one page. It is only advice: where the kernel has none to give, nothing changes.
package enum HugePages {
  /// The huge page size on x86-64 and most arm64 kernels; smaller buffers are left alone.
  static let alignment = 2 << 20

  /// Advises huge pages for the 2 MiB-aligned pages that lie wholly inside `buffer`.
  package static func advise(_ buffer: UnsafeMutableRawBufferPointer) {
    guard buffer.count >= alignment, let base = buffer.baseAddress else { return }
    let start = (Int(bitPattern: base) + alignment - 1) & ~(alignment - 1)
    let end = (Int(bitPattern: base) + buffer.count) & ~(alignment - 1)
    guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
    VirtualMemory.adviseHugePages(UnsafeMutableRawBufferPointer(start: pointer, count: end - start))
  }
}
