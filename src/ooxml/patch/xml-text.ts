/** Small helpers for editing XML parts as text: only ever on parts whose structure we know. */

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // Characters XML 1.0 cannot hold at all are dropped rather than written into a broken part.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
  );
}

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e === "amp") return "&";
    return String.fromCodePoint(e.startsWith("#x") ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

/** The prefix ("x:" or "") of the root element, so new elements land in the part's namespace. */
export function rootPrefix(xml: string): string {
  const m = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s>/]/.exec(
    xml.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, ""),
  );
  return m?.[1] ?? "";
}

/** The value of attribute `name` in an element's start tag, unescaped; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[:]/g, "\\:")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3] ?? "") : undefined;
}

/** The start tag with attribute `name` set to `value` (added when absent). */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[:]/g, "\\:")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
}

/** Elements `<p:name ...>...</p:name>` or `<p:name .../>` (not nested in one another). */
export function elementRegex(prefix: string, name: string): RegExp {
  const n = `${prefix}${name}`.replace(/[:.]/g, "\\$&");
  return new RegExp(`<${n}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${n}>)`, "g");
}

/** Updates the count="" attribute of the first `<p:name` start tag, if it has one. */
export function setCount(xml: string, prefix: string, name: string, count: number): string {
  const n = `${prefix}${name}`.replace(/[:.]/g, "\\$&");
  return xml.replace(new RegExp(`<${n}(?=[\\s>])[^>]*>`), (tag) =>
    /\scount=/.test(tag) ? setAttr(tag, "count", String(count)) : tag,
  );
}
