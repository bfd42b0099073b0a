/// The report as JSON for scripts: every measurement with its raw runs and derived figures, and
/// every target with its verdict. Absent figures are `null`; keys come in a fixed order.
extension BenchReport {
  var json: String {
    var out = "{\n"
    out += "  \"runs\": \(options.runs),\n"
    out += "  \"startupRuns\": \(options.startupRuns),\n"
    out += "  \"quick\": \(options.quick),\n"
    out += "  \"processors\": \(processors),\n"
    out += "  \"ownPeakMemoryBytes\": \(ownPeakMemory),\n"
    out += "  \"progression\": \(Self.quoted(progressionPath)),\n"
    out += "  \"baseline\": \(Self.quoted(baselinePath)),\n"
    out += "  \"referenceInput\": \(Self.quoted(referenceInput)),\n"
    out += "  \"measurements\": [\n"
    out += measurements.map(measurementJSON).joined(separator: ",\n")
    out += "\n  ],\n  \"targets\": [\n"
    out += targets.map(targetJSON).joined(separator: ",\n")
    out += "\n  ]\n}\n"
    return out
  }

  private func measurementJSON(_ measurement: Measurement) -> String {
    let fields: [(String, String)] = [
      ("operation", Self.quoted(measurement.operation)),
      ("kind", Self.quoted(measurement.kind.rawValue)),
      ("input", Self.quoted(measurement.input.name)),
      ("shape", Self.quoted(measurement.input.shape.rawValue)),
      ("bytes", String(measurement.input.bytes)),
      ("seconds", "[" + measurement.seconds.map(Self.number).joined(separator: ", ") + "]"),
      ("medianSeconds", Self.number(measurement.median)),
      ("megabytesPerSecond", Self.number(measurement.megabytesPerSecond)),
      ("nanosecondsPerByte", Self.number(measurement.nanosecondsPerByte)),
      ("floorFraction", Self.number(floorFraction(of: measurement))),
      ("startUpRatio", Self.number(startUpRatio(of: measurement))),
      ("perByteRatio", Self.number(perByteRatio(of: measurement))),
      ("peakMemoryBytes", measurement.peakMemory.map(String.init) ?? "null"),
      ("memoryPerInputByte", Self.number(measurement.memoryPerInputByte)),
      ("exitStatus", measurement.status.map(String.init) ?? "null"),
      ("failure", measurement.failure.map(Self.quoted) ?? "null"),
    ]
    return Self.object(fields)
  }

  private func targetJSON(_ check: TargetCheck) -> String {
    Self.object([
      ("name", Self.quoted(check.name)),
      ("value", Self.number(check.value)),
      ("limit", Self.number(check.limit)),
      ("atLeast", String(check.atLeast)),
      ("unit", Self.quoted(check.unit)),
      ("verdict", Self.quoted(check.verdict.rawValue)),
      ("note", check.note.map(Self.quoted) ?? "null"),
    ])
  }

  private static func object(_ fields: [(String, String)]) -> String {
    "    {" + fields.map { "\(quoted($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
  }

  private static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "null" }
    return String(value)
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped.
  private static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
