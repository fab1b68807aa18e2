/** Text and attribute values escaped for XML: the five predefined entities, control characters dropped. */
export function xmlText(value: string): string {
  return (
    value
      // XML 1.0 allows tab, LF and CR only among the C0 controls.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}
