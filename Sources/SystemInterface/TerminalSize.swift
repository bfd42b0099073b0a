#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The size of a terminal window, in character cells.
package struct TerminalSize: Sendable {
  /// The number of lines.
  package let rows: Int
  /// The number of columns.
  package let columns: Int

  /// The size of the terminal `descriptor` is, or `nil` when it is not a terminal.
  ///
  /// A size the terminal does not know is 0.
  package init?(of descriptor: FileDescriptor) {
    var size = winsize()
    guard ioctl(descriptor.rawValue, Self.getWindowSize, &size) == 0 else { return nil }
    rows = Int(size.ws_row)
    columns = Int(size.ws_col)
  }

  /// The `ioctl` request for the window size, `TIOCGWINSZ`: the Swift overlays of Glibc and
  /// Musl take a `UInt` request but import the constant as an `Int32`; Darwin imports it as
  /// the `UInt` it takes.
  private static var getWindowSize: UInt {
    #if canImport(Darwin)
    TIOCGWINSZ
    #else
    UInt(TIOCGWINSZ)
    #endif
  }
}
