/// The whole command-line tool, runnable in-process.
public enum Tool {
  /// Runs the tool with the process's arguments and environment, then exits with its status.
  public static func main() -> Never {
    fatalError("not written yet")
  }
}
