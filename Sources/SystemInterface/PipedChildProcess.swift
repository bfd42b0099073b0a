#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A process this one started, reading its standard input from a pipe this one writes to.
package struct PipedChildProcess: Sendable {
  /// The process's number.
  package let id: Int32
  /// The pipe's end this process writes the child's standard input to.
  package let input: FileDescriptor

  /// Starts the program at `path` with `arguments` (the first is the name it runs under) and
  /// `environment` (`NAME=value` entries), its standard input a new pipe; standard output and
  /// error are this process's.
  ///
  /// - Returns: the running process, or `nil` when the pipe or the process cannot be made.
  package static func start(
    _ path: String,
    arguments: [String],
    environment: [String]
  ) -> PipedChildProcess? {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return nil }
    let (readEnd, writeEnd) = (ends[0], ends[1])
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
    posix_spawn_file_actions_addclose(&actions, readEnd)
    posix_spawn_file_actions_addclose(&actions, writeEnd)
    let argv = arguments.map { strdup($0) }
    defer { for argument in argv { free(argument) } }
    let envp = environment.map { strdup($0) }
    defer { for entry in envp { free(entry) } }
    var id = pid_t()
    let spawned = posix_spawn(&id, path, &actions, nil, argv + [nil], envp + [nil])
    close(readEnd)
    guard spawned == 0 else {
      close(writeEnd)
      return nil
    }
    return PipedChildProcess(id: id, input: FileDescriptor(rawValue: writeEnd))
  }

  /// Closes the pipe, so that the child reads its end, and waits for the child to exit.
  package func finish() {
    try? input.close()
    var status: Int32 = 0
    while waitpid(id, &status, 0) < 0, errno == EINTR {}
  }
}
