import { createRoot } from "react-dom/client";
import { startOffice } from "../excel/boot";
import { createExcelServices } from "../excel/services";
import { App } from "./App";
import { themeFromQuery } from "./theme";

async function main(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  // ?lang=zh-CN or ?lang=en-US chooses the language where there is no Office display language.
  const start = await startOffice(new URLSearchParams(location.search).get("lang") ?? navigator.language);
  document.documentElement.lang = start.locale;
  if (start.inExcel) {
    createRoot(container).render(<App services={createExcelServices(start.locale)} theme={start.theme} />);
  } else {
    // Outside Office: the preview host, with its in-browser workbook, loaded only when needed.
    const { startPreview } = await import(/* webpackChunkName: "preview" */ "../preview/main");
    // ?theme=dark starts the preview dark; its toolbar switches between light and dark.
    startPreview(container, start.locale, themeFromQuery(location.search) ?? "light");
  }
}

main().catch((e: unknown) => {
  const container = document.getElementById("container");
  if (container)
    container.textContent = `Campaign Scorecard could not start: ${e instanceof Error ? e.message : String(e)}`;
  throw e;
});
