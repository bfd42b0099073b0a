#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the running process was given: its environment variables and current folder, its
/// number; and the way it ends.
package enum ProcessEnvironment {
  /// The value of the environment variable `name`, if it is set.
  package static func variable(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// Every entry of the environment, `NAME=value`, in the order the process received them.
  package static func entries() -> [String] {
    var entries: [String] = []
    guard var entry = environment else { return entries }
    while let pointer = entry.pointee {
      entries.append(String(cString: pointer))
      entry += 1
    }
    return entries
  }

  /// The C library's list of environment entries, ending with `nil`. Darwin does not export
  /// `environ` to programs (only to the C library itself), but hands it out by function.
  private static var environment: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    #if canImport(Darwin)
    _NSGetEnviron().pointee
    #else
    environ
    #endif
  }

  /// The absolute path of the current folder, if it still exists.
  package static func currentDirectory() -> String? {
    guard let pointer = getcwd(nil, 0) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// The process's number.
  package static var processID: Int32 { getpid() }

  /// Ends the process with `status`, without returning.
  package static func exit(_ status: Int32) -> Never {
    systemExit(status)
  }
}

/// `exit(3)`, under a name `ProcessEnvironment.exit` does not hide.
private func systemExit(_ status: Int32) -> Never {
  exit(status)
}
