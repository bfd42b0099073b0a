/// Writes CSV (RFC 4180) for a spreadsheet: rows of fields, CRLF line ends, UTF-8.
///
/// Control and invisible characters are shown escaped, as `\u{1B}`, as in text output (line
/// breaks a field holds on purpose, given as `\n`, are kept). A field is quoted when it holds a
/// comma, a quote or a line break, its quotes doubled. A field that starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return gets a leading `'`, so that a spreadsheet shows it as text
/// instead of running it as a formula (OWASP's advice on CSV injection); numbers the tool writes
/// itself never start with one.
struct CSVWriter {
  /// The CSV written so far.
  private(set) var bytes: [UInt8] = []

  /// Writes one row of `fields`.
  mutating func row(_ fields: [String]) {
    row(fields, sanitizing: true)
  }

  /// Writes one row of fields, each made of lines: the lines of a field are joined by line feeds
  /// after each is made safe, so a field can hold several criteria, one per line.
  mutating func row(lines fields: [[String]]) {
    row(fields.map { $0.map(TerminalSafety.sanitized).joined(separator: "\n") }, sanitizing: false)
  }

  private mutating func row(_ fields: [String], sanitizing: Bool) {
    for (index, field) in fields.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      append(field, sanitizing: sanitizing)
    }
    bytes.append(contentsOf: "\r\n".utf8)
  }

  private mutating func append(_ field: String, sanitizing: Bool) {
    var text = sanitizing ? TerminalSafety.sanitized(field) : field
    if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
      text = "'" + text
    }
    guard
      text.utf8.contains(where: {
        [UInt8(ascii: ","), UInt8(ascii: "\""), 0x0A, 0x0D].contains($0)
      })
    else {
      bytes.append(contentsOf: text.utf8)
      return
    }
    bytes.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\"") { bytes.append(byte) }
      bytes.append(byte)
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
