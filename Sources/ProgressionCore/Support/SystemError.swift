#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Words for the system's error numbers, as messages quote them.
package enum SystemError {
  /// The C library's description of `errorNumber`, starting lowercase so that it reads on
  /// after a colon: `no space left on device`.
  package static func describe(_ errorNumber: Int32) -> String {
    guard let description = strerror(errorNumber) else { return "unknown error" }
    let text = String(cString: description)
    return text.prefix(1).lowercased() + text.dropFirst()
  }
}
