import Landscapes
import Testing

/// The lesson tables' number formats agree with C's printf.
@Suite("Number text")
struct NumberTextTests {
  @Test(
    "scientific notation rounds to the requested significant digits",
    arguments: [
      (0.000123456, 3, "1.23e-04"), (-2.5, 2, "-2.5e+00"), (9.996, 3, "1.00e+01"), (0, 1, "0e+00"),
    ])
  func scientific(x: Double, digits: Int, expected: String) {
    #expect(NumberText.scientific(x, digits: digits) == expected)
  }

  @Test(
    "fixed notation rounds to the requested decimals",
    arguments: [(3.14159, 3, "3.142"), (-0.5, 0, "-0"), (2, 2, "2.00")])
  func fixed(x: Double, decimals: Int, expected: String) {
    #expect(NumberText.fixed(x, decimals: decimals) == expected)
  }
}
