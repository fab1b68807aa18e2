import type { Locale } from "../i18n/locale";
import type { PreviewSession } from "../preview/session";
import type { HostServices } from "./services";

/** The task pane's services when no Office host is there: an in-browser workbook (the preview session). */
export function createPreviewServices(locale: Locale, session: PreviewSession): HostServices {
  void session;
  return { kind: "preview", locale };
}
