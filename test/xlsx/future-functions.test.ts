import { withFuturePrefixes } from "../../src/xlsx/future-functions";

describe("future functions in .xlsx formulas", () => {
  it("prefixes NORM.S.INV and NORM.S.DIST, longest names first, any case", () => {
    expect(withFuturePrefixes("2*NORM.S.DIST(-ABS(A1),TRUE)+norm.s.inv(0.975)")).toBe(
      "2*_xlfn.NORM.S.DIST(-ABS(A1),TRUE)+_xlfn.NORM.S.INV(0.975)",
    );
    expect(withFuturePrefixes("T.DIST.RT(A1,3)+T.DIST(A1,3,TRUE)")).toBe(
      "_xlfn.T.DIST.RT(A1,3)+_xlfn.T.DIST(A1,3,TRUE)",
    );
  });
  it("leaves older functions, names without a call and text constants alone", () => {
    expect(withFuturePrefixes('IF(A1="NORM.S.INV(1)",SQRT(B1),"say ""IFS(""")')).toBe(
      'IF(A1="NORM.S.INV(1)",SQRT(B1),"say ""IFS(""")',
    );
    expect(withFuturePrefixes("NORMSINV(0.5)+MYIFS(1)+_xlfn.IFS(1,2)")).toBe("NORMSINV(0.5)+MYIFS(1)+_xlfn.IFS(1,2)");
  });
});
