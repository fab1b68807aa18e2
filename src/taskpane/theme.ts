import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Light or dark: in Excel the pane follows Office's theme; the preview has a switch. */
export type PaneTheme = "light" | "dark";

/** Fluent UI's web themes, the ones Office on the web uses beside its own light and dark themes. */
export function fluentTheme(theme: PaneTheme): Theme {
  return theme === "dark" ? webDarkTheme : webLightTheme;
}

/** `?theme=dark` or `?theme=light` in the page's address; undefined when absent or unknown. */
export function themeFromQuery(search: string): PaneTheme | undefined {
  const value = new URLSearchParams(search).get("theme");
  return value === "dark" || value === "light" ? value : undefined;
}
