import { tokens } from "@fluentui/react-components";

/** Series colours when a chart names none: Fluent v9 palette tokens, so they follow the light and dark themes. */
export const SERIES_TOKENS: readonly string[] = [
  tokens.colorBrandBackground,
  tokens.colorPaletteDarkOrangeForeground1,
  tokens.colorPaletteGreenForeground1,
  tokens.colorPaletteBerryForeground1,
  tokens.colorPaletteMarigoldForeground1,
  tokens.colorPaletteTealForeground2,
  tokens.colorPaletteGrapeForeground2,
  tokens.colorPaletteCranberryForeground2,
];

/** The i-th colour: the chart's own, cycling, else the palette's. */
export function seriesColor(i: number, colors?: readonly string[]): string {
  const own = colors && colors.length > 0 ? colors : SERIES_TOKENS;
  return own[i % own.length];
}
