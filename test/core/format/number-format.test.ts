import { formatValue } from "../../../src/core/format/number-format";
import { dateSerial } from "../../../src/core/plan/dates";

describe("formatValue", () => {
  it("General shows integers and short decimals as they are", () => {
    expect(formatValue(4200, "General")).toBe("4200");
    expect(formatValue(0.84, undefined)).toBe("0.84");
    expect(formatValue(1 / 3, "General")).toBe("0.3333333333");
  });
  it("percent formats scale by 100 and round half away from zero", () => {
    expect(formatValue(0.84, "0%")).toBe("84%");
    expect(formatValue(0.8, "0.0%")).toBe("80.0%");
    expect(formatValue(0.12345, "0.00%")).toBe("12.35%");
    expect(formatValue(-0.05, "0.0%")).toBe("-5.0%");
  });
  it("fixed decimals and thousands separators", () => {
    expect(formatValue(1234567.891, "#,##0.00")).toBe("1,234,567.89");
    expect(formatValue(1.005, "0.00")).toBe("1.01");
    expect(formatValue(999.5, "#,##0")).toBe("1,000");
  });
  it("currency symbols before or after the number", () => {
    expect(formatValue(240, '"¥"#,##0.00')).toBe("¥240.00");
    expect(formatValue(240, "[$¥-804]#,##0")).toBe("¥240");
    expect(formatValue(5000, '#,##0"人"')).toBe("5,000人");
  });
  it("negative sections", () => {
    expect(formatValue(-3, "0;(0)")).toBe("(3)");
    expect(formatValue(3, "0;(0)")).toBe("3");
  });
  it("dates from serials", () => {
    expect(formatValue(dateSerial("2023-08-20"), "yyyy-mm-dd")).toBe("2023-08-20");
    expect(formatValue(dateSerial("2023-08-05"), "yyyy/m/d")).toBe("2023/8/5");
    expect(formatValue(new Date(Date.UTC(2023, 7, 20)), "General")).toBe("2023-08-20");
  });
  it("text, booleans and blanks", () => {
    expect(formatValue("已完成", "0%")).toBe("已完成");
    expect(formatValue(true, "General")).toBe("TRUE");
    expect(formatValue(null, "0%")).toBe("");
  });
});
