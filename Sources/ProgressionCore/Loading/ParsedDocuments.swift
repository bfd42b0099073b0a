import YAMLSubset

/// Parsed YAML documents that a short-lived process may exit without freeing.
///
/// A command-line run that reads a framework, prints it and exits spends a sixth of its
/// instructions freeing the YAML tree node by node, as compilers would if they freed their
/// syntax trees. `Tool.main` turns `keepsUntilExit` on; libraries and in-process runs (tests,
/// the benchmark) leave it off and free documents as usual.
package enum ParsedDocuments {
  /// Whether documents are kept until the process exits. Set once, before any work starts.
  package nonisolated(unsafe) static var keepsUntilExit = false
  nonisolated(unsafe) private static var kept: [YAMLNode] = []

  /// Keeps `root` alive until exit when `keepsUntilExit` is on.
  static func keep(_ root: YAMLNode) {
    if keepsUntilExit { kept.append(root) }
  }
}
