import type { XmlHandlers } from "./xml";

/**
 * Collects the text of rich or plain string items: `<t>` runs inside `item` elements,
 * leaving out phonetic guides (`<rPh>`), as Excel shows them. Used for the shared strings
 * (`<si>`), inline strings (`<is>`) and comment texts (`<text>`).
 */
export class TextCollector {
  private depthPh = 0;
  private inT = false;
  private parts: string[] = [];
  active = false;

  open(name: string): void {
    if (name === "rPh") this.depthPh++;
    else if (name === "t" && this.depthPh === 0) this.inT = true;
  }
  close(name: string): void {
    if (name === "rPh") this.depthPh--;
    else if (name === "t") this.inT = false;
  }
  text(t: string): void {
    if (this.inT && this.depthPh === 0) this.parts.push(t);
  }
  start(): void {
    this.active = true;
    this.parts = [];
    this.depthPh = 0;
    this.inT = false;
  }
  finish(): string {
    this.active = false;
    return this.parts.join("");
  }
}

/** Handlers for xl/sharedStrings.xml: each `<si>` item's text, in order. */
export function sharedStringsReader(): { handlers: XmlHandlers; strings: string[] } {
  const strings: string[] = [];
  const text = new TextCollector();
  return {
    strings,
    handlers: {
      open(name) {
        if (name === "si") text.start();
        else if (text.active) text.open(name);
      },
      close(name) {
        if (name === "si") strings.push(text.finish());
        else if (text.active) text.close(name);
      },
      text(t) {
        if (text.active) text.text(t);
      },
    },
  };
}
