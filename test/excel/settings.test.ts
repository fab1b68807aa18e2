import { parseTheme } from "../../src/core/report/theme";
import { createPaletteServices, PALETTE_SETTING } from "../../src/excel/settings";
import { FakeSettings } from "./fake";

/** The Colours panel's store in Excel: Office.context.document.settings, saved with saveAsync. */
describe("the palette in the workbook's settings", () => {
  it("is saved into the document, so it is there when the workbook is opened again", async () => {
    const settings = new FakeSettings();
    const store = createPaletteServices(() => settings.asOffice);
    expect(await store.read()).toBeNull();
    await store.save({ header: { fill: "#0B6E4F" }, series: ["#112233", "#445566"] });
    expect(settings.saves).toBe(1);
    settings.reopen();
    const read = await store.read();
    expect(read).toEqual({ header: { fill: "#0B6E4F" }, series: ["#112233", "#445566"] });
    expect(parseTheme(read).header.fill).toBe("#0B6E4F");
    expect(settings.inDocument(PALETTE_SETTING)).toEqual(read);
  });

  it("removes it from the document on reset", async () => {
    const settings = new FakeSettings();
    const store = createPaletteServices(() => settings.asOffice);
    await store.save({ accent: "#000080" });
    await store.save(null);
    settings.reopen();
    expect(await store.read()).toBeNull();
    expect(settings.saves).toBe(2);
  });

  it("rejects with Office's message when the document refuses the save", async () => {
    const settings = new FakeSettings();
    const store = createPaletteServices(() => settings.asOffice);
    settings.failNextSave = "The document is read-only.";
    await expect(store.save({ accent: "#000080" })).rejects.toThrow("The document is read-only.");
    settings.reopen();
    expect(await store.read()).toBeNull();
  });
});

describe("the Excel host's palette services", () => {
  const global = globalThis as { Office?: unknown };
  afterEach(() => delete global.Office);

  it("use the document's settings (Office.context.document.settings)", async () => {
    const settings = new FakeSettings();
    global.Office = { context: { document: { settings: settings.asOffice } } };
    const { createExcelServices } = await import("../../src/excel/services");
    const services = createExcelServices("en-US");
    await services.palette!.save({ header: { fill: "#0B6E4F" } });
    settings.reopen();
    expect(settings.get(PALETTE_SETTING)).toEqual({ header: { fill: "#0B6E4F" } });
    expect(await services.palette!.read()).toEqual({ header: { fill: "#0B6E4F" } });
  });
});
