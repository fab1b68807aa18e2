import { SaxesParser } from "saxes";
import type { EntrySink } from "./zip";
import { damaged, InputProblemError } from "./problem";

/** What a part's reader does with its XML, element by element. Names come without their prefix. */
export interface XmlHandlers {
  open?(name: string, attrs: Readonly<Record<string, string>>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** "x:c" -> "c", "r:id" -> "id": parts written with or without prefixes read the same. */
function local(name: string): string {
  const at = name.indexOf(":");
  return at < 0 ? name : name.slice(at + 1);
}

/**
 * A sink that parses a part's XML as its bytes are inflated (SAX, no tree): memory is the
 * element stack and what the handlers keep. Bytes must be UTF-8 (what OOXML parts are);
 * a DOCTYPE is refused (no entity expansion, so no billion-laughs), and any XML error is
 * the part's damage, with saxes' line and column.
 */
export function xmlSink(part: string, handlers: XmlHandlers): EntrySink & { readonly done: boolean } {
  const parser = new SaxesParser({ position: true });
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let failure: unknown;
  let done = false;
  parser.on("error", (e) => {
    failure ??= damaged("package.badXml", { part, reason: e.message.split("\n")[0] });
  });
  parser.on("doctype", () => {
    failure ??= damaged("package.badXml", { part, reason: "a DOCTYPE is not allowed in a workbook part" });
  });
  parser.on("opentag", (tag) => {
    if (!handlers.open) return;
    const raw = tag.attributes as Record<string, string>;
    let attrs = raw;
    for (const k in raw) {
      if (k.includes(":")) {
        // Only prefixed attributes (r:id) need renaming: most elements pass theirs as they are.
        attrs = {};
        for (const key in raw) attrs[local(key)] = raw[key];
        break;
      }
    }
    handlers.open(local(tag.name), attrs);
  });
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(local(tag.name)));
  }
  if (handlers.text) {
    const text = handlers.text;
    parser.on("text", (t) => text(t));
    parser.on("cdata", (t) => text(t));
  }
  const check = () => {
    if (failure !== undefined) throw failure;
  };
  const feed = (text: string) => {
    try {
      parser.write(text);
    } catch (e) {
      if (e instanceof InputProblemError) throw e;
      failure ??= damaged("package.badXml", {
        part,
        reason: (e instanceof Error ? e.message : String(e)).split("\n")[0],
      });
    }
    check();
  };
  return {
    get done() {
      return done;
    },
    write(chunk) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw damaged("package.badXml", { part, reason: "not UTF-8" });
      }
      feed(text);
    },
    end() {
      try {
        feed(decoder.decode());
      } catch (e) {
        if (e instanceof InputProblemError) throw e;
        throw damaged("package.badXml", { part, reason: "not UTF-8" });
      }
      try {
        parser.close();
      } catch (e) {
        failure ??= damaged("package.badXml", {
          part,
          reason: (e instanceof Error ? e.message : String(e)).split("\n")[0],
        });
      }
      check();
      done = true;
    },
  };
}
