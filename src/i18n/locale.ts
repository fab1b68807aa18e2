export type Locale = "en-US" | "zh-CN";

export const LOCALES: readonly Locale[] = ["en-US", "zh-CN"];

/** Maps an Office display language (e.g. "zh-CN", "zh-TW", "en-GB") to a supported locale. */
export function resolveLocale(language: string | null | undefined): Locale {
  return typeof language === "string" && /^zh\b/i.test(language) ? "zh-CN" : "en-US";
}
