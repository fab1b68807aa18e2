import { resolveLocale, type Locale } from "../i18n/locale";

/** The user's Office display language as a supported locale; en-US outside Office. */
export function displayLocale(): Locale {
  try {
    return resolveLocale(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
  } catch {
    // Office.context is not ready (or not there) outside an Office host.
    return "en-US";
  }
}
