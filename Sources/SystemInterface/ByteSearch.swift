#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding a byte in memory at the speed of the C library's `memchr`, which compares many bytes
/// at a time.
package enum ByteSearch {
  /// The offset from `start` of the first `byte` among the `count` bytes there, if any.
  @inlinable @inline(__always)
  package static func firstOffset(
    of byte: UInt8,
    in start: UnsafeRawPointer,
    count: Int
  ) -> Int? {
    guard count > 0, let found = memchr(start, Int32(byte), count) else { return nil }
    return UnsafeRawPointer(found) - start
  }
}
