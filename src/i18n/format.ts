export type MessageParams = Readonly<Record<string, string | number>>;

/** Replaces `{name}` placeholders; a placeholder without a value is left visible. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}
