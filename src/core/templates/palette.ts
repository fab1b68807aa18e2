import type { CellFormat, ChartPlan, Color } from "../plan/types";
import { DEFAULT_THEME, type Theme, type Tone } from "../report/theme";
import { FOOTER_VALUE_FORMAT } from "./styles";

/**
 * The colours one generated sheet takes from the palette (the `Theme` that `mkt report`,
 * `scaffold`, `demo` and the task pane's Colours panel share): header fill and text, the
 * good / neutral / bad tones of level highlights, the footer's border (the accent) and chart
 * series. Without a theme every colour is today's default, and charts keep the host's own
 * series colours (no `colors` key), so a plan built without a theme is unchanged.
 */
export interface Palette {
  readonly header: CellFormat;
  readonly tones: { readonly good: Tone; readonly neutral: Tone; readonly bad: Tone };
  readonly footerValue: CellFormat;
  /** Chart series colours: only when a theme was given. */
  readonly series?: readonly Color[];
}

export function paletteOf(theme: Theme | undefined): Palette {
  const th = theme ?? DEFAULT_THEME;
  const [bad, neutral, good] = th.tones;
  return {
    header: th.header,
    tones: { good, neutral, bad },
    footerValue: { ...FOOTER_VALUE_FORMAT, border: th.accent },
    ...(theme ? { series: [...theme.series] } : {}),
  };
}

/** A chart with the palette's series colours (unchanged without a theme). */
export function themedChart(chart: ChartPlan, palette: Palette): ChartPlan {
  return palette.series ? { ...chart, colors: palette.series } : chart;
}
