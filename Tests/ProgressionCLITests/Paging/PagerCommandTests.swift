import ProgressionCLI
import Testing

/// Which pager is chosen: `$PROGRESSION_PAGER`, else `$PAGER`, else `less -FRX` when it is
/// installed; none into a pipe, and none when the choice is empty or `cat`.
@Suite struct PagerCommandTests {
  private func resolve(
    _ variables: [String: String],
    isTerminal: Bool = true,
    hasLess: Bool = true
  )
    -> String?
  {
    PagerCommand.resolve(variables: variables, isTerminal: isTerminal, hasLess: { hasLess })
  }

  @Test func theToolsOwnVariableWinsOverPager() {
    #expect(resolve(["PROGRESSION_PAGER": "most", "PAGER": "more"]) == "most")
    #expect(resolve(["PAGER": "more"]) == "more")
  }

  @Test func lessIsTheFallbackWhenInstalled() {
    #expect(resolve([:]) == "less -FRX")
    #expect(resolve([:], hasLess: false) == nil)
  }

  @Test(arguments: ["", "  ", "cat", " cat "])
  func anEmptyPagerOrCatTurnsPagingOff(_ pager: String) {
    #expect(resolve(["PROGRESSION_PAGER": pager, "PAGER": "more"]) == nil)
    #expect(resolve(["PAGER": pager]) == nil)
  }

  @Test func nothingIsPagedIntoAPipe() {
    #expect(resolve(["PROGRESSION_PAGER": "most"], isTerminal: false) == nil)
    #expect(resolve([:], isTerminal: false) == nil)
  }
}
