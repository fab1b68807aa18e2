import { z } from "zod";
import type { CellFormat, Color } from "../plan/types";
import { HEADER_FORMAT, TONES } from "../templates/styles";

/**
 * The report's visual identity, one palette for headers, section titles, levels and
 * charts: the company's colours replace these (mkt report --theme FILE.json). Every field is
 * optional in a theme file; what is absent keeps the default. zod checks the file.
 */

const color = z.string().regex(/^#[0-9A-Fa-f]{6}$/, { message: 'a colour as "#RRGGBB"' });
const tone = z.object({ fill: color, font: color }).strict();

export const themeSchema = z
  .object({
    /** Table header rows: fill and text. */
    header: z.object({ fill: color, font: color }).strict().partial(),
    /** Section titles (总 / 分 / 总). */
    accent: color,
    /** Level lines: challenge reached, base reached, below base. */
    good: tone,
    neutral: tone,
    bad: tone,
    /** Chart series (and pie slices), in order. */
    series: z.array(color).min(1).max(12),
  })
  .strict()
  .partial();
export type ThemeInput = z.infer<typeof themeSchema>;

/** A level's colours: cell fill and text. */
export interface Tone {
  readonly fill: Color;
  readonly fontColor: Color;
}

export interface Theme {
  readonly header: CellFormat;
  readonly accent: Color;
  /** Below base (bad), base reached (neutral), challenge reached (good). */
  readonly tones: readonly [Tone, Tone, Tone];
  readonly series: readonly Color[];
}

export const DEFAULT_THEME: Theme = {
  header: HEADER_FORMAT,
  accent: "#1F4E78",
  tones: [
    { fill: TONES.bad.fill, fontColor: TONES.bad.fontColor },
    { fill: TONES.neutral.fill, fontColor: TONES.neutral.fontColor },
    { fill: TONES.good.fill, fontColor: TONES.good.fontColor },
  ],
  series: ["#1F4E78", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"],
};

/** A theme from untrusted data: throws zod's error (its issues name the field) when it is not one. */
export function parseTheme(data: unknown): Theme {
  const input = themeSchema.parse(data);
  const t = (x: z.infer<typeof tone> | undefined, d: Tone): Tone => (x ? { fill: x.fill, fontColor: x.font } : d);
  return {
    header: {
      ...DEFAULT_THEME.header,
      ...(input.header?.fill ? { fill: input.header.fill } : {}),
      ...(input.header?.font ? { fontColor: input.header.font } : {}),
    },
    accent: input.accent ?? DEFAULT_THEME.accent,
    tones: [
      t(input.bad, DEFAULT_THEME.tones[0]),
      t(input.neutral, DEFAULT_THEME.tones[1]),
      t(input.good, DEFAULT_THEME.tones[2]),
    ],
    series: input.series ?? DEFAULT_THEME.series,
  };
}

/** One line naming what is wrong in a theme file: "series.2: a colour as "#RRGGBB"". */
export function themeProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue.path.length > 0 ? issue.path.join(".") : "(the file)";
  return `${where}: ${issue.message}`;
}

/** A theme in its file form (what a --theme file and the workbook setting hold), every field present. */
export function themeToInput(theme: Theme): Required<ThemeInput> {
  const tone = (x: Tone) => ({ fill: x.fill, font: x.fontColor });
  return {
    header: {
      ...(theme.header.fill ? { fill: theme.header.fill } : {}),
      ...(theme.header.fontColor ? { font: theme.header.fontColor } : {}),
    },
    accent: theme.accent,
    bad: tone(theme.tones[0]),
    neutral: tone(theme.tones[1]),
    good: tone(theme.tones[2]),
    series: [...theme.series],
  };
}
