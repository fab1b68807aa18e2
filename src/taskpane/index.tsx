import { createRoot } from "react-dom/client";
import { startOffice } from "../excel/boot";
import { createExcelServices } from "../excel/services";
import { App } from "./App";
import { createPreviewServices } from "./preview-services";

async function main(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  const start = await startOffice(navigator.language);
  const services = start.inExcel ? createExcelServices(start.locale) : createPreviewServices(start.locale);
  document.documentElement.lang = start.locale;
  createRoot(container).render(<App services={services} />);
}

main().catch((e: unknown) => {
  const container = document.getElementById("container");
  if (container)
    container.textContent = `Campaign Scorecard could not start: ${e instanceof Error ? e.message : String(e)}`;
  throw e;
});
