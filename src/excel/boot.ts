import { resolveLocale, type Locale } from "../i18n/locale";
import type { PaneTheme } from "../taskpane/theme";
import { readOfficeTheme } from "./theme";

export interface OfficeStart {
  /** True inside Excel; false where office.js reports no host (a plain browser). */
  readonly inExcel: boolean;
  readonly locale: Locale;
  /** Office's theme inside Excel; light outside it (the preview has its own switch). */
  readonly theme: PaneTheme;
}

/**
 * Waits for office.js and says where we run. Outside Office, onReady resolves with
 * host null; where office.js itself did not load, we run as a plain page.
 */
export async function startOffice(browserLanguage: string): Promise<OfficeStart> {
  if (typeof Office === "undefined") return { inExcel: false, locale: resolveLocale(browserLanguage), theme: "light" };
  const info = await Office.onReady();
  const inExcel = info.host === Office.HostType.Excel;
  const language = inExcel ? Office.context.displayLanguage : browserLanguage;
  return { inExcel, locale: resolveLocale(language), theme: inExcel ? readOfficeTheme() : "light" };
}
