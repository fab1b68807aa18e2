import { createRoot } from "react-dom/client";
import type { Locale } from "../i18n/locale";
import { t } from "../i18n/catalog";
import { createPreviewServices } from "../taskpane/preview-services";
import type { PaneTheme } from "../taskpane/theme";
import { PreviewSession } from "./session";
import { PreviewApp } from "./PreviewApp";

/** Starts the preview host: the task pane against an in-browser workbook. Loaded only outside Office. */
export function startPreview(container: HTMLElement, locale: Locale, theme: PaneTheme): void {
  const session = new PreviewSession();
  const services = createPreviewServices(locale, session);
  document.title = t(locale, "preview.title");
  createRoot(container).render(<PreviewApp services={services} session={session} initialTheme={theme} />);
}
