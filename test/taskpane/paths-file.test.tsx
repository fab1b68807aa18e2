import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { t } from "../../src/i18n/catalog";
import { PreviewSession } from "../../src/preview/session";
import { ServicesProvider } from "../../src/taskpane/context";
import { createPreviewServices } from "../../src/taskpane/preview-services";
import { AttributionView } from "../../src/taskpane/views/AttributionView";
import { runAttribution } from "../../src/taskpane/views/attribution-run";
import { openPathsFile } from "../../src/taskpane/views/paths-file";
import { mkt } from "../helpers/mkt";

const tmp = mkdtempSync(join(tmpdir(), "mkt-open-paths-"));
const EVENTS = [
  "journey_id,timestamp,channel,conversion,value",
  "u1,2024-01-01,search,0,",
  "u1,2024-01-02,=HYPERLINK(1),0,",
  "u1,2024-01-03,,1,120.5",
  "u2,2024-01-01,email,1,30",
  "u3,2024-01-05,search,0,",
].join("\n");

describe("Open a paths file (Attribution view)", () => {
  beforeAll(async () => {
    writeFileSync(join(tmp, "events.csv"), EVENTS);
    for (const ext of ["csv", "xlsx"])
      expect((await mkt("paths", join(tmp, "events.csv"), "--out", join(tmp, `paths.${ext}`))).code).toBe(0);
  });

  it.each(["csv", "xlsx"])("writes the .%s that mkt paths wrote into a new sheet, ready to attribute", async (ext) => {
    const session = new PreviewSession();
    const services = createPreviewServices("en-US", session);
    const bytes = new Uint8Array(readFileSync(join(tmp, `paths.${ext}`)));
    const done = await openPathsFile(services, `paths.${ext}`, bytes, "en-US");
    if (!done.ok) throw new Error(done.message);
    expect(done.sheet).toBe("Paths");
    const ws = session.workbook.getWorksheet("Paths")!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "path",
      "total_conversions",
      "total_conversion_value",
      "total_null",
    ]);
    const rows = [2, 3, 4].map((r) => [
      ws.getCell(r, 1).value,
      ws.getCell(r, 2).value,
      ws.getCell(r, 3).value,
      ws.getCell(r, 4).value,
    ]);
    // The formula-like channel is text in the sheet, never a formula.
    expect(rows).toEqual(
      expect.arrayContaining([
        ["search > =HYPERLINK(1)", 1, 120.5, 0],
        ["email", 1, 30, 0],
        ["search", 0, 0, 1],
      ]),
    );
    expect(ws.getCell("A2").formula).toBeUndefined();
    // The table it returns is attributed as read from the sheet.
    const result = await runAttribution(
      services,
      done.table,
      { paths: 0, conversions: 1, values: 2, nulls: 3 },
      { model: "linear", order: 1 },
      "en-US",
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.result.totalConversions).toBe(2);
  });

  it("refuses a file that is not a paths table, in the pane's language", async () => {
    const services = createPreviewServices("zh-CN", new PreviewSession());
    const bytes = new TextEncoder().encode(EVENTS);
    const done = await openPathsFile(services, "events.csv", bytes, "zh-CN");
    expect(done).toEqual({
      ok: false,
      message: t("zh-CN", "attr.open.notPaths", {
        name: "events.csv",
        columns: "journey_id, timestamp, channel, conversion, value",
      }),
    });
    const broken = await openPathsFile(services, "broken.xlsx", new Uint8Array([80, 75, 3, 4, 0]), "en-US");
    expect(broken.ok).toBe(false);
  });

  it("offers the button in both languages", () => {
    for (const locale of ["en-US", "zh-CN"] as const) {
      const html = renderToString(
        <FluentProvider theme={webLightTheme}>
          <ServicesProvider services={createPreviewServices(locale, new PreviewSession())}>
            <AttributionView />
          </ServicesProvider>
        </FluentProvider>,
      );
      expect(html).toContain(t(locale, "attr.open"));
      expect(html).toContain('type="file"');
    }
  });
});
