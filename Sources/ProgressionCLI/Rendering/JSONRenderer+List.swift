extension JSONRenderer {
  /// The JSON of `listing`: `schemaVersion` and `frameworks`, one metadata object per framework
  /// (the same object `show` writes as `framework`), with `reference` (the name to give
  /// `show`), `place` (the folder searched, or `built-in`) and `shadowedBy` (the path of the
  /// framework its names reach instead, or null).
  static func render(_ listing: FrameworkListing) -> [UInt8] {
    var json = JSONWriter(reservingCapacity: 512 * (listing.entries.count + 1))
    json.beginObject()
    json.member("schemaVersion", schemaVersion)
    json.key("frameworks")
    json.beginArray()
    for entry in listing.entries {
      writeMetadata(of: entry.framework, source: entry.source, into: &json) { json in
        json.member("reference", entry.reference)
        json.member("place", entry.place)
        json.member("shadowedBy", entry.shadowedBy)
      }
    }
    json.endArray()
    json.endObject()
    return json.lineEndedBytes()
  }
}
