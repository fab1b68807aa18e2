import { TextCollector } from "./strings";
import type { XmlHandlers } from "./xml";

/** Handlers for a comments part (notes): each note's text by cell ("B7"). */
export function commentsReader(): { handlers: XmlHandlers; notes: Map<string, string> } {
  const notes = new Map<string, string>();
  const text = new TextCollector();
  let ref: string | undefined;
  return {
    notes,
    handlers: {
      open(name, a) {
        if (name === "comment") ref = a.ref;
        else if (name === "text" && ref !== undefined) text.start();
        else if (text.active) text.open(name);
      },
      close(name) {
        if (name === "text" && text.active) {
          const t = text.finish();
          if (ref !== undefined && !notes.has(ref)) notes.set(ref, t);
        } else if (name === "comment") ref = undefined;
        else if (text.active) text.close(name);
      },
      text(t) {
        if (text.active) text.text(t);
      },
    },
  };
}
