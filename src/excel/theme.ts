import type { PaneTheme } from "../taskpane/theme";

/**
 * Office's theme as the pane should follow it. `Office.OfficeTheme`
 * (https://learn.microsoft.com/javascript/api/office/office.officetheme) has `isDarkTheme`
 * (Excel on the web, Windows, Mac, iPad); where a host leaves it out, the theme's body
 * background colour decides: a dark background is a dark theme (Black, Dark Gray).
 */
export function themeOf(
  theme: Partial<Pick<Office.OfficeTheme, "isDarkTheme" | "bodyBackgroundColor">> | undefined,
): PaneTheme {
  if (!theme) return "light";
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme.bodyBackgroundColor ?? "");
  if (!m) return "light";
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  // Relative luminance (sRGB weights): below the mid grey the background is dark.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}

/**
 * The running Office's theme; light where the host has none (outside Office, Office.context not
 * ready). Read once at start-up: Excel has no theme-changed event for add-ins (OfficeThemeChanged
 * is Outlook's, Mailbox 1.14), so a theme changed while the pane is open shows when it reopens.
 */
export function readOfficeTheme(): PaneTheme {
  try {
    return themeOf(typeof Office !== "undefined" ? Office.context?.officeTheme : undefined);
  } catch {
    // Reading officeTheme throws on hosts without the theme API: keep the light theme.
    return "light";
  }
}
