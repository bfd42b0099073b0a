import SystemInterface

/// Standard output on a terminal, sent through a pager once it is longer than the screen.
///
/// Output is held back until it fills the screen: if the command ends first, it is written to
/// the terminal as it is; otherwise the pager is started (`/bin/sh -c COMMAND`, with `LESS=FRX`
/// and `LV=-c` unless already set, as git does) and everything goes to it through a pipe. A
/// pager that exits early (the reader pressed `q`) ends the writing quietly, as a closed pipe
/// does: the tool then finishes with its own status. A failed write to the terminal itself is
/// left in `terminal.failure`, for the tool to report. While the pager runs, the tool ignores `SIGINT`, which the
/// pager handles, so that the tool outlives it.
final class PagedOutput: @unchecked Sendable {
  private enum State {
    /// Holding output back until it is known to be longer than the screen.
    case holding
    /// Writing straight to the terminal.
    case direct
    /// Writing to the pager's standard input, which ends quietly when the pager goes away.
    case paging(PipedChildProcess, input: ProcessOutputStream)
  }

  private let command: String
  private let terminal: ProcessOutputStream
  private let rows: Int
  private let columns: Int
  private var state = State.holding
  private var held: [UInt8] = []
  private var heldRows = 0
  private var column = 0

  /// Output to page through `command` on `terminal`, a terminal of `rows` by `columns`.
  init(command: String, rows: Int, columns: Int, terminal: ProcessOutputStream) {
    self.command = command
    self.terminal = terminal
    self.rows = max(rows, 1)
    self.columns = max(columns, 1)
  }

  /// Writes straight to the terminal from now on: `--no-pager`.
  func turnOff() {
    guard case .holding = state else { return }
    state = .direct
    flushHeld(to: terminal)
  }

  /// Writes `bytes`, holding them back, to the terminal or to the pager.
  func write(_ bytes: UnsafeRawBufferPointer) {
    switch state {
    case .direct:
      terminal.write(bytes)
    case .paging(_, let input):
      input.write(bytes)
    case .holding:
      held.append(contentsOf: bytes)
      countRows(of: bytes)
      if heldRows >= rows { startPager() }
    }
  }

  /// Writes what is held back, or closes the pager's input and waits for it to exit.
  func finish() {
    switch state {
    case .holding, .direct:
      state = .direct
      flushHeld(to: terminal)
    case .paging(let pager, _):
      pager.finish()
      state = .direct
    }
  }

  /// Counts the screen rows the bytes take: a row per line feed, and another each time a line
  /// passes the terminal's width (a column per UTF-8 scalar; colour escapes count too, so long
  /// coloured output starts the pager a little early, which `less -F` makes harmless).
  private func countRows(of bytes: UnsafeRawBufferPointer) {
    for byte in bytes {
      if byte == UInt8(ascii: "\n") {
        heldRows += 1
        column = 0
      } else if byte & 0xC0 != 0x80 {
        column += 1
        if column > columns {
          heldRows += 1
          column = 1
        }
      }
    }
  }

  /// Starts the pager with a pipe on its standard input and hands it what is held; writes to
  /// the terminal instead if it cannot be started.
  private func startPager() {
    guard
      let pager = PipedChildProcess.start(
        "/bin/sh",
        arguments: ["sh", "-c", command],
        environment: Self.pagerEnvironment()
      )
    else {
      turnOff()
      return
    }
    Signals.ignoreInterrupt()
    let input = ProcessOutputStream(pager.input)
    state = .paging(pager, input: input)
    flushHeld(to: input)
  }

  /// Writes the held bytes to `stream` and lets them go.
  private func flushHeld(to stream: ProcessOutputStream) {
    stream.write(held)
    held = []
  }

  /// The process's environment with `LESS=FRX` and `LV=-c` added when they are not set.
  private static func pagerEnvironment() -> [String] {
    var variables = ProcessEnvironment.entries()
    for (name, value) in [("LESS", "FRX"), ("LV", "-c")]
    where !variables.contains(where: { $0.hasPrefix(name + "=") }) {
      variables.append(name + "=" + value)
    }
    return variables
  }
}
