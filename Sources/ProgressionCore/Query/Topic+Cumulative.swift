extension Topic {
  /// Everything the topic expects up to and including `level`: its entries at that level and
  /// below, lowest level first, each with its criteria in file order.
  ///
  /// This answers "what does level N expect in total": a framework lists at each level only
  /// what is new there, and the levels below are assumed.
  public func entries(throughLevel level: Int) -> [TopicLevel] {
    levels.filter { $0.level <= level }.sorted { $0.level < $1.level }
  }
}
