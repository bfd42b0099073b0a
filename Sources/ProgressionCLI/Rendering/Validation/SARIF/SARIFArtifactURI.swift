/// The `uri` of a SARIF artifact location: a file's path relative to the working directory,
/// percent-encoded as RFC 3986 asks of a URI path.
///
/// A relative path stays relative (`./` dropped), so code-scanning services resolve it against
/// the checkout; an absolute path inside the working directory is made relative to it, and one
/// outside it becomes a `file://` URI.
enum SARIFArtifactURI {
  /// The URI of the file shown as `path`, run from `currentDirectory`.
  static func uri(forPath path: String, currentDirectory: String) -> String {
    guard path.hasPrefix("/") else {
      var relative = Substring(path)
      while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
      return encoded(relative)
    }
    let base = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
    if base.hasPrefix("/"), path.hasPrefix(base) {
      return encoded(path.dropFirst(base.count))
    }
    return "file://" + encoded(Substring(path))
  }

  /// `path` with every byte outside a URI path's unreserved, sub-delimiter, `:`, `@` and `/`
  /// characters written as `%XX`.
  static func encoded(_ path: Substring) -> String {
    var text = ""
    for byte in path.utf8 {
      if isAllowed(byte) {
        text.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        text += "%" + hexDigit(byte >> 4) + hexDigit(byte & 0xF)
      }
    }
    return text
  }

  private static func isAllowed(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default:
      "-._~!$&'()*+,;=:@/".utf8.contains(byte)
    }
  }

  private static func hexDigit(_ value: UInt8) -> String {
    String(value, radix: 16, uppercase: true)
  }
}
