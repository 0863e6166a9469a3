import XCTest

@testable import commute_analyze

/// `ShortLabels`: corridor and cluster labels for narrow table cells, always one group per label,
/// and the coverage table of the default network within a 160-column terminal.
final class ShortLabelsTests: XCTestCase {
  /// The plan's corridors: the last word of each name, the destination of `长春至…`.
  func test_corridorNames_giveTheirLastWord_andTheDestinationOfARadialName() {
    let labels = ShortLabels([
      ("cc-changbaishan", "通道 长春至长白山"), ("cc-tonghua-baishan", "通道 长春至通化白山"),
      ("cc-tongliao", "通道 长春至通辽"), ("hunwu-corridor", "一廊 珲乌走廊"),
      ("jingha-axis", "一轴 京哈轴"),
    ])
    XCTAssertEqual(labels.entries.map(\.label), ["长白山", "通化白山", "通辽", "珲乌走廊", "京哈轴"])
    XCTAssertEqual(labels.cell(["cc-tongliao", "jingha-axis"]), "通辽 京哈轴")
    XCTAssertEqual(labels.label("not-a-corridor"), "not-a-corridor")
  }

  /// `组团` ends every cluster name, so it is left out; a single name keeps its suffix.
  func test_aSuffixEveryNameShares_isLeftOut_butNotFromASingleName() {
    let clusters = ShortLabels([("cc-jl", "长吉组团"), ("cc-ly", "长辽组团"), ("cc-sp", "长平组团")])
    XCTAssertEqual(clusters.entries.map(\.label), ["长吉", "长辽", "长平"])
    XCTAssertEqual(ShortLabels([("c-axis", "测试走廊")]).entries.map(\.label), ["测试走廊"])
  }

  /// Two names that shorten to the same label, or a name that shortens to nothing: every label of
  /// the set is its id, and the legend has nothing to explain.
  func test_repeatedOrEmptyLabels_fallBackToTheIds() {
    let repeated = ShortLabels([("a", "通道 甲至乙"), ("b", "通道 丙至乙")])
    XCTAssertEqual(repeated.entries.map(\.label), ["a", "b"])
    XCTAssertEqual(repeated.legend(title: "corridors"), [])
    let empty = ShortLabels([("a", "组团"), ("b", "长吉组团")])
    XCTAssertEqual(empty.entries.map(\.label), ["a", "b"])
    XCTAssertEqual(ShortLabels([("x", "")]).entries.map(\.label), ["x"])
  }

  func test_legend_mapsEveryLabelToItsId_andWrapsAtTheGivenWidth() {
    let labels = ShortLabels([("cc-jl", "长吉组团"), ("cc-ly", "长辽组团"), ("cc-sp", "长平组团")])
    XCTAssertEqual(
      labels.legend(title: "clusters"), ["clusters: 长吉 = cc-jl, 长辽 = cc-ly, 长平 = cc-sp"])
    // "clusters: 长吉 = cc-jl" is 22 columns (a Chinese character takes two); the next item,
    // ", 长辽 = cc-ly", would make it 36; the second line is then 14 + 14 = 28.
    XCTAssertEqual(
      labels.legend(title: "clusters", width: 30),
      ["clusters: 长吉 = cc-jl,", "  长辽 = cc-ly, 长平 = cc-sp"])
  }

  /// The default network's coverage table fits a 160-column terminal, names corridors by label
  /// with a legend, and the CSV keeps the full ids.
  func test_defaultCoverageTable_fits160Columns_andCSVKeepsFullIDs() throws {
    let table = try ToolRunner.run(["coverage"])
    XCTAssertEqual(table.status, 0, table.stderr)
    let widest = table.stdout.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max()
    XCTAssertLessThanOrEqual(widest ?? 0, 160, table.stdout)
    XCTAssertTrue(table.stdout.contains("corridors: 长白山 = cc-changbaishan, "), table.stdout)
    XCTAssertFalse(table.stdout.contains("cc-changbaishan;"), table.stdout)
    let csv = try ToolRunner.run(["coverage", "--format", "csv"])
    XCTAssertTrue(csv.stdout.contains("cc-changbaishan;cc-tonghua-baishan;"), csv.stdout)
  }
}
