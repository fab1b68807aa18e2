import { detectDelimiter, parseCsv } from "../../src/cli/csv";

describe("parseCsv", () => {
  it("detects ; , and tab from the header line", () => {
    expect(detectDelimiter("a;b;c\n1,2;3")).toBe(";");
    expect(detectDelimiter('"a;b",c,d\n')).toBe(",");
    expect(detectDelimiter("a\tb\n")).toBe("\t");
  });

  it("handles quotes, doubled quotes, CRLF, a BOM and blank lines; numbers only when asked", () => {
    const text = '\uFEFFpath,n\r\n"a > ""b"", c",3\r\n\r\nd,-1.5e2\r\n"multi\nline",x\n';
    expect(parseCsv(text, { numbers: true })).toEqual({
      header: ["path", "n"],
      rows: [
        ['a > "b", c', 3],
        ["d", -150],
        ["multi\nline", "x"],
      ],
    });
    expect(parseCsv("a\n007\n").rows).toEqual([["007"]]);
  });

  it("keeps quoted numbers and things that only look numeric as text", () => {
    expect(parseCsv('a;b;c\n"12";0x1F;1e5\n', { numbers: true }).rows).toEqual([["12", "0x1F", 100000]]);
  });
});
