import type { Locale } from "../i18n/locale";
import type { HostServices } from "./services";

/** The task pane's services when no Office host is there: an in-browser workbook. */
export function createPreviewServices(locale: Locale): HostServices {
  return { kind: "preview", locale };
}
