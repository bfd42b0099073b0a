#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Advice to the kernel about how memory will be used.
package enum VirtualMemory {
  /// Asks the kernel to back `region`, which must be page-aligned, with huge pages
  /// (`madvise(MADV_HUGEPAGE)`), on Linux; elsewhere, and where the kernel has none to give,
  /// nothing changes.
  package static func adviseHugePages(_ region: UnsafeMutableRawBufferPointer) {
    #if os(Linux)
    guard let base = region.baseAddress else { return }
    _ = madvise(base, region.count, MADV_HUGEPAGE)
    #endif
  }
}
