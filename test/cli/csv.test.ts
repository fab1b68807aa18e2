import { readFileSync } from "node:fs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { decodeCsv } from "../../src/cli/csv";
import {
  CsvReadError,
  decodeCsv as decodeInBrowser,
  detectDelimiter,
  parseCsv,
  streamCsv,
} from "../../src/core/format/csv";
import { mkt } from "../helpers/mkt";

const GB18030_FILE = resolve(__dirname, "../fixtures/csv/paths-gb18030.csv");

describe("parseCsv (Papa Parse)", () => {
  it("detects ; , and tab from the header line", () => {
    expect(detectDelimiter("a;b;c\n1,2;3")).toBe(";");
    expect(detectDelimiter('"a;b",c,d\n')).toBe(",");
    expect(detectDelimiter("a\tb\n")).toBe("\t");
    expect(detectDelimiter("a;b\r1,2,3,4\r")).toBe(";");
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

  it("reads quoted numbers as numbers (QUOTE_ALL), and keeps what only looks numeric as text", () => {
    expect(parseCsv('"a";"b";"c";"d"\n"12";0x1F;1e5;"3"\n', { numbers: true }).rows).toEqual([[12, "0x1F", 100000, 3]]);
  });

  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["CR", "\r"],
  ])("reads %s line ends alike", (_, eol) => {
    const text = ["path;total_conversions", "a > b;1", '"c";"2"', ""].join(eol);
    expect(parseCsv(text, { numbers: true })).toEqual({
      header: ["path", "total_conversions"],
      rows: [
        ["a > b", 1],
        ["c", 2],
      ],
    });
  });

  it("reads LF, CRLF and CR mixed in one text, and quotes and delimiters with any of them", () => {
    expect(parseCsv('a;b\r\n1;2\n3;"x;y"\r"5";6\n\r\n7;8', { numbers: true }).rows).toEqual([
      [1, 2],
      [3, "x;y"],
      [5, 6],
      [7, 8],
    ]);
  });

  it("names the line where an unterminated quote opens", () => {
    const text = 'path,n\n"a",1\n\n"b > c,2\nd,3\ne,4\n';
    expect(() => parseCsv(text)).toThrow(
      new CsvReadError("unterminated quote: the quoted field in the record at line 4 is never closed"),
    );
    expect(() => parseCsv('path,n\n"x\ny",1\nz,"2\n')).toThrow(/record at line 4 /);
    expect(() => parseCsv('path,n\r\n"x\r\ny",1\r\nz,"2\r\n')).toThrow(/record at line 4 /);
  });
});

describe("streamCsv (Papa Parse a chunk at a time)", () => {
  /** Header and records as streamCsv hands them over. */
  function streamed(text: string, chunkSize: number): { header: string[]; rows: unknown[][]; complete: boolean } {
    let header: string[] = [];
    const rows: unknown[][] = [];
    const complete = streamCsv(
      text,
      { numbers: true },
      (h) => {
        header = h;
        return (record, index) => {
          expect(index).toBe(rows.length);
          rows.push([...record]);
          return true;
        };
      },
      chunkSize,
    );
    return { header, rows, complete };
  }

  // Quoted delimiters and line breaks, CRLF and CR, blank lines, a BOM, numbers of every form:
  // chunk boundaries fall everywhere, inside quotes too, and change nothing.
  const text =
    "\ufeff path ;n;v\r\n" +
    Array.from({ length: 40 }, (_, i) =>
      [
        `"a ${i}; ""q""\r\nb";${i};${i}.5\r\n`,
        `x > y;"${i * 3}";.25\n`,
        "\r\n",
        `z;007;-1e3\r`,
        ` 搜索 > 邮件 ;5.;+2 \n`,
        `w;1.2.3;12a\n`,
      ].join(""),
    ).join("");

  it.each([1, 7, 64, 1000, 1 << 20])("gives parseCsv's header and rows in chunks of %i characters", (size) => {
    const whole = parseCsv(text, { numbers: true });
    expect(whole.rows.length).toBe(200);
    expect(streamed(text, size)).toEqual({ header: whole.header, rows: whole.rows, complete: true });
  });

  it("reads each chunk from a stack no deeper than the first's, so read chunks are not kept alive", () => {
    // Papa Parse's string streamer calls itself for the next chunk: left alone, every chunk's
    // frame (and its text) stays on the stack until the last chunk is read.
    const depths: number[] = [];
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = Infinity;
    try {
      const lines = Array.from({ length: 200 }, (_, i) => `p${i};${i}\n`).join("");
      const complete = streamCsv(
        `path;n\n${lines}`,
        {},
        () => (_, index) => {
          if (index % 20 === 0) depths.push((new Error().stack ?? "").split("\n").length);
          return true;
        },
        64,
      );
      expect(complete).toBe(true);
    } finally {
      Error.stackTraceLimit = limit;
    }
    expect(depths.length).toBe(10);
    expect(Math.max(...depths)).toBeLessThanOrEqual(depths[0] + 2);
  });

  it("stops at a quote never closed, and when told to", () => {
    expect(streamed('path,n\n"a",1\n"b > c,2\nd,3\n', 4).complete).toBe(false);
    expect(streamCsv("path,n\na,1\n", {}, () => undefined)).toBe(false);
    expect(streamCsv("", {}, () => () => true)).toBe(false);
    const seen: unknown[] = [];
    const stopped = streamCsv("p\n1\n2\n3\n", { numbers: true }, () => (r) => seen.push(r[0]) < 2, 2);
    expect({ stopped, seen }).toEqual({ stopped: false, seen: [1, 2] });
  });
});

describe.each([
  ["Node's UTF-8 check (the command line)", decodeCsv],
  ["TextDecoder (the task pane)", (bytes: Uint8Array) => decodeInBrowser(bytes)],
])("decodeCsv with %s", (_, decodeCsv) => {
  it("reads strict UTF-8 as UTF-8, anything else as GB18030", () => {
    expect(decodeCsv(new TextEncoder().encode("渠道,转化\n"))).toEqual({ text: "渠道,转化\n", encoding: "UTF-8" });
    // GB18030 (GBK) bytes of 搜索 and 邮件, from the GB 18030 code table: CB D1 CB F7, D3 CA BC FE.
    const gb = Uint8Array.from([0xcb, 0xd1, 0xcb, 0xf7, 0x2c, 0xd3, 0xca, 0xbc, 0xfe, 0x0a]);
    expect(decodeCsv(gb)).toEqual({ text: "搜索,邮件\n", encoding: "GB18030" });
  });

  it("drops a UTF-8 byte-order mark, as TextDecoder does, and takes a view of a larger buffer", () => {
    const bytes = new TextEncoder().encode("xx\ufeffpath,n\n搜索,1\n");
    expect(decodeCsv(bytes.subarray(2))).toEqual({ text: "path,n\n搜索,1\n", encoding: "UTF-8" });
    // An encoded surrogate (ED A0 80) is not UTF-8.
    expect(decodeCsv(Uint8Array.from([0x61, 0xed, 0xa0, 0x80])).encoding).toBe("GB18030");
  });

  it("reads UTF-16 with a byte-order mark (Excel's Unicode text)", () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x1c, 0x64, 0x22, 0x7d, 0x0a, 0x00]);
    expect(decodeCsv(le)).toEqual({ text: "搜索\n", encoding: "UTF-16LE" });
  });
});

describe("mkt attribute on a GB18030 CSV", () => {
  it("the committed fixture really is GB18030 (搜索 as CB D1 CB F7), not UTF-8", () => {
    const bytes = readFileSync(GB18030_FILE);
    expect(bytes.includes(Buffer.from([0xcb, 0xd1, 0xcb, 0xf7]))).toBe(true);
    expect(bytes.includes(Buffer.from("搜索", "utf8"))).toBe(false);
  });

  it("gives the right Chinese channel names, says how it read the file on stderr only", async () => {
    const { code, out, err } = await mkt("attribute", GB18030_FILE, "--model", "last", "--format", "csv");
    expect(code).toBe(0);
    const [header, ...rows] = out.trimEnd().split("\n");
    expect(header).toBe("channel,conversions,value,share");
    expect(rows.slice(0, 2)).toEqual(["邮件,4,350,0.6666666666666666", "搜索,2,80,0.3333333333333333"]);
    expect(rows.slice(2).sort()).toEqual(["信息流,0,0,0", "直播,0,0,0", "社群,0,0,0"].sort());
    expect(err).toBe(`mkt attribute: ${GB18030_FILE}: not UTF-8, read as GB18030\n`);
  });

  it("exit 2 and one line naming the file and line of an unterminated quote", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mkt-csv-"));
    const file = join(dir, "broken.csv");
    writeFileSync(file, 'path;total_conversions\na;1\n"b > c;2\n');
    const { code, out, err } = await mkt("attribute", file, "--model", "linear");
    expect({ code, out }).toEqual({ code: 2, out: "" });
    expect(err).toBe(
      `mkt attribute: ${file}: unterminated quote: the quoted field in the record at line 3 is never closed\n`,
    );
  });
});
