import type { ThemeInput } from "../core/report/theme";
import { PALETTE_SETTING, type PaletteServices } from "../taskpane/services";

/**
 * The workbook's palette, kept in the document's add-in settings
 * (Office.Settings, https://learn.microsoft.com/javascript/api/office/office.settings):
 * settings are name/value pairs saved per add-in and per document; `set` and `remove`
 * change only the in-memory copy, and only `saveAsync` persists it in the document, so a
 * change not followed by saveAsync is lost when the workbook is closed.
 */
export { PALETTE_SETTING };

/** Office.Settings' saveAsync as a promise; a failed save rejects with Office's message. */
function save(settings: Office.Settings): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      // AsyncResultStatus.Failed is the string "failed" (compared as text: no Office global in tests).
      if (String(result.status) === "failed") reject(new Error(result.error?.message ?? "the settings were not saved"));
      else resolve();
    });
  });
}

/** The Colours panel's store in Excel: `settings` is Office.context.document.settings (read when called). */
export function createPaletteServices(settings: () => Office.Settings): PaletteServices {
  return {
    async read() {
      const value: unknown = settings().get(PALETTE_SETTING);
      return value ?? null;
    },
    async save(input: ThemeInput | null) {
      const bag = settings();
      if (input === null) bag.remove(PALETTE_SETTING);
      else bag.set(PALETTE_SETTING, input);
      await save(bag);
    },
  };
}
