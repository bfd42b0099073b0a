/// Number formatting for the report, without Foundation.
enum Formatting {
  /// `value` with `decimals` digits after the point, such as `12.30`; `-` when not finite.
  static func fixed(_ value: Double, _ decimals: Int) -> String {
    guard value.isFinite else { return "-" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    guard scaled < 9e18 else { return String(value) }
    let units = Int(scaled)
    let whole = units / Int(scale)
    let fraction = String(units % Int(scale))
    let sign = value < 0 && units != 0 ? "-" : ""
    guard decimals > 0 else { return "\(sign)\(whole)" }
    let padded = String(repeating: "0", count: decimals - fraction.count) + fraction
    return "\(sign)\(whole).\(padded)"
  }

  /// About three significant digits: `0.123`, `1.23`, `12.3`, `123`.
  static func significant(_ value: Double) -> String {
    let magnitude = abs(value)
    if magnitude >= 100 { return fixed(value, 0) }
    if magnitude >= 10 { return fixed(value, 1) }
    if magnitude >= 1 { return fixed(value, 2) }
    return fixed(value, 3)
  }

  /// A duration: `850 µs`, `12.3 ms`, `1.23 s`.
  static func duration(_ seconds: Double) -> String {
    if seconds >= 1 { return "\(significant(seconds)) s" }
    if seconds >= 0.001 { return "\(significant(seconds * 1e3)) ms" }
    return "\(significant(seconds * 1e6)) µs"
  }

  /// A size in decimal units: `512 B`, `17.5 kB`, `10.0 MB`.
  static func size(_ bytes: Int) -> String {
    let value = Double(bytes)
    if value >= 1e9 { return "\(significant(value / 1e9)) GB" }
    if value >= 1e6 { return "\(significant(value / 1e6)) MB" }
    if value >= 1e3 { return "\(significant(value / 1e3)) kB" }
    return "\(bytes) B"
  }

  /// `text` padded with spaces to `width` characters, on the left when `right` is set.
  static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return right ? padding + text : text + padding
  }
}
