import { DOCS, type OfficeShape } from "./office";

type SaveCallback = (result: Office.AsyncResult<void>) => void;

/**
 * `Office.context.document.settings` as Office documents it (DOCS.settings, the
 * Office.Settings page): name/value pairs kept per add-in and per document, values stored
 * as JSON (so what `get` returns is a copy, never the object given to `set`); `set` and
 * `remove` change only the in-memory copy of the property bag, and only `saveAsync`
 * persists it into the document. `reopen()` closes and opens the document again: the
 * in-memory copy becomes what was saved, so a change that was never saved is gone, and
 * a test that forgets saveAsync fails.
 */
export class FakeSettings implements OfficeShape<Office.Settings, "get" | "set" | "remove" | "saveAsync"> {
  private memory = new Map<string, string>();
  /** What the document file holds: only saveAsync writes here. */
  private saved = new Map<string, string>();
  /** saveAsync calls made, for tests that count them. */
  saves = 0;
  /** Make the next saveAsync fail with this message (as a read-only or locked document does). */
  failNextSave: string | undefined;

  /** Absent: null (the page's examples test for null). */
  get(name: string): unknown {
    const json = this.memory.get(name);
    return json === undefined ? null : JSON.parse(json);
  }

  set(name: string, value: unknown): void {
    if (value === undefined) throw new TypeError(`settings.set("${name}"): undefined is not a setting value`);
    this.memory.set(name, JSON.stringify(value));
  }

  remove(name: string): void {
    this.memory.delete(name);
  }

  saveAsync(optionsOrCallback?: Office.SaveSettingsOptions | SaveCallback, maybeCallback?: SaveCallback): void {
    const callback = typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback;
    const failure = this.failNextSave;
    this.failNextSave = undefined;
    this.saves++;
    if (failure === undefined) this.saved = new Map(this.memory);
    // The callback runs later, as Office's asynchronous calls do.
    queueMicrotask(() =>
      callback?.({
        status: (failure === undefined ? "succeeded" : "failed") as unknown as Office.AsyncResultStatus,
        value: undefined,
        error: (failure === undefined
          ? undefined
          : { code: 5001, message: failure, name: "InternalError" }) as Office.Error,
        asyncContext: typeof optionsOrCallback === "object" ? optionsOrCallback.asyncContext : undefined,
        diagnostics: undefined,
      }),
    );
  }

  /** The document as saved: what the add-in would read after the workbook is reopened. */
  inDocument(name: string): unknown {
    const json = this.saved.get(name);
    return json === undefined ? null : JSON.parse(json);
  }

  /** Closes and reopens the document: unsaved changes are lost. */
  reopen(): void {
    this.memory = new Map(this.saved);
  }

  /** As typed by Office.js, for code under test. */
  get asOffice(): Office.Settings {
    return this as unknown as Office.Settings;
  }
}

export { DOCS };
