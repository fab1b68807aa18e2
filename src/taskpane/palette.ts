import { ZodError } from "zod";
import {
  DEFAULT_THEME,
  parseTheme,
  themeProblem,
  themeSchema,
  themeToInput,
  type Theme,
  type ThemeInput,
} from "../core/report/theme";
import { t, type MessageKey } from "../i18n/catalog";
import type { Locale } from "../i18n/locale";
import type { PaletteServices } from "./services";

/**
 * The Colours panel's model: the palette as the fields the pane edits, and back to the
 * theme's file form, checked by the same zod schema as a --theme file; a wrong value is
 * reported on its field, named in the pane's language and by its path in the file.
 */
export const PALETTE_FIELDS = ["headerFill", "headerFont", "accent", "good", "neutral", "bad", "series"] as const;
export type PaletteField = (typeof PALETTE_FIELDS)[number];
export type PaletteForm = Readonly<Record<PaletteField, string>>;

const LABELS: Record<PaletteField, MessageKey> = {
  headerFill: "palette.headerFill",
  headerFont: "palette.headerFont",
  accent: "palette.accent",
  good: "palette.good",
  neutral: "palette.neutral",
  bad: "palette.bad",
  series: "palette.series",
};
export const paletteLabel = (locale: Locale, field: PaletteField): string => t(locale, LABELS[field]);

/** The fields showing a theme. */
export function paletteForm(theme: Theme): PaletteForm {
  const input = themeToInput(theme);
  return {
    headerFill: input.header.fill ?? "",
    headerFont: input.header.font ?? "",
    accent: input.accent,
    good: input.good.fill,
    neutral: input.neutral.fill,
    bad: input.bad.fill,
    series: input.series.join(", "),
  };
}

/** "0b6e4f" and " #0b6e4f " are read as "#0B6E4F"; anything else is left for the schema to refuse. */
function colour(text: string): string {
  const s = text.trim();
  return /^#?[0-9A-Fa-f]{6}$/.test(s) ? `#${s.replace(/^#/, "").toUpperCase()}` : s;
}

export type PaletteCheck =
  | { readonly ok: true; readonly input: ThemeInput; readonly theme: Theme }
  | { readonly ok: false; readonly field: PaletteField; readonly message: string };

/** The fields as a theme file, over `base` (the tones' text colours are kept from it), checked by zod. */
export function checkPaletteForm(form: PaletteForm, base: Theme, locale: Locale): PaletteCheck {
  const from = themeToInput(base);
  const series = form.series.trim() === "" ? [] : form.series.split(/[,;\s]+/).filter((s) => s !== "");
  const input = {
    header: { fill: colour(form.headerFill), font: colour(form.headerFont) },
    accent: colour(form.accent),
    good: { fill: colour(form.good), font: from.good.font },
    neutral: { fill: colour(form.neutral), font: from.neutral.font },
    bad: { fill: colour(form.bad), font: from.bad.font },
    series: series.map(colour),
  };
  const parsed = themeSchema.safeParse(input);
  if (parsed.success) return { ok: true, input: parsed.data, theme: parseTheme(parsed.data) };
  const issue = parsed.error.issues[0];
  const [top, sub] = issue.path.map(String);
  const field: PaletteField = top === "header" ? (sub === "font" ? "headerFont" : "headerFill") : (top as PaletteField);
  const path = issue.path.join(".");
  const value = issue.path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k as string], input);
  const key = top === "series" && issue.path.length === 1 ? "palette.seriesCount" : "palette.invalidColour";
  return {
    ok: false,
    field,
    message: t(locale, key, { field: paletteLabel(locale, field), path, value: String(value) }),
  };
}

export interface LoadedPalette {
  /** The workbook's palette; undefined when it has none (or a bad one): the default colours. */
  readonly theme?: Theme;
  /** Why the stored palette was not used, in the pane's language. */
  readonly problem?: string;
}

/** The palette the open workbook keeps, checked by the theme's zod schema. */
export async function loadPalette(store: PaletteServices | undefined, locale: Locale): Promise<LoadedPalette> {
  const stored = store ? await store.read() : null;
  if (stored === null || stored === undefined) return {};
  try {
    return { theme: parseTheme(stored) };
  } catch (e) {
    if (e instanceof ZodError) return { problem: t(locale, "palette.stored", { problem: themeProblem(e) }) };
    throw e;
  }
}

export { DEFAULT_THEME };
