import type { XmlHandlers } from "./xml";

/**
 * Number formats Excel builds in, by id (ECMA-376 Part 1, 18.8.30 numFmt), with the
 * zh-CN codes ExcelJS uses for the East Asian date ids, so both readers agree.
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

export interface Styles {
  /** Number format code of each cell format (cellXfs entry), by `s` index. */
  readonly formats: string[];
  /** Fill id of each cell format. */
  readonly fillIds: number[];
  /** Each fill's solid colour as "#RRGGBB", or null (none, pattern, theme or indexed colour). */
  readonly fills: (string | null)[];
}

/** Handlers for xl/styles.xml: number formats and solid fill colours per cell format. */
export function stylesReader(): { handlers: XmlHandlers; styles: Styles } {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  const fillIds: number[] = [];
  const fills: (string | null)[] = [];
  const styles: Styles = { formats: [], fillIds, fills };
  let section = "";
  let pattern: { type: string; color: string | null } | undefined;
  return {
    styles,
    handlers: {
      open(name, a) {
        if (name === "numFmts" || name === "cellXfs" || name === "fills" || name === "cellStyleXfs") section = name;
        else if (name === "numFmt" && a.numFmtId !== undefined && a.formatCode !== undefined)
          custom.set(Number(a.numFmtId), a.formatCode);
        else if (name === "xf" && section === "cellXfs") {
          xfFormats.push(Number(a.numFmtId ?? 0));
          fillIds.push(Number(a.fillId ?? 0));
        } else if (name === "fill" && section === "fills") pattern = { type: "none", color: null };
        else if (name === "patternFill" && pattern) pattern.type = a.patternType ?? "none";
        else if (name === "fgColor" && pattern && typeof a.rgb === "string" && /^[0-9A-Fa-f]{8}$/.test(a.rgb))
          pattern.color = `#${a.rgb.slice(2).toUpperCase()}`;
      },
      close(name) {
        if (name === "numFmts" || name === "cellXfs" || name === "fills" || name === "cellStyleXfs") section = "";
        else if (name === "fill" && pattern) {
          fills.push(pattern.type === "solid" ? pattern.color : null);
          pattern = undefined;
        } else if (name === "styleSheet") {
          for (const id of xfFormats) styles.formats.push(custom.get(id) ?? BUILT_IN[id] ?? "General");
        }
      },
    },
  };
}

/** The fill colour of cell format `s`, or null. */
export function fillOf(styles: Styles, s: number): string | null {
  const id = styles.fillIds[s];
  return id === undefined ? null : (styles.fills[id] ?? null);
}
