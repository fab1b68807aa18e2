/**
 * Text we write from untrusted sources (channel names from UTM parameters, cell values
 * read from a user's file) must never run as a formula nor drive a terminal.
 *
 * The formula rule is OWASP's CSV-injection rule (https://owasp.org/www-community/attacks/CSV_Injection):
 * a field that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with
 * a single quote, which spreadsheet programs show as text. Also caught, conservatively:
 * those signs after leading spaces, and their full-width forms (＝ ＋ － ＠), which Chinese
 * input methods type.
 */

const FORMULA_START = /^(?:[\t\r]|[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

/** Whether a spreadsheet could take this text for a formula (the OWASP rule above). */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text, neutralised with a leading `'` when it could run as a formula; else unchanged. */
export function inertText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/**
 * C0 and C1 control characters, DEL, and the Unicode bidirectional overrides and isolates
 * that can reorder what a terminal shows.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text for a terminal: tabs and line breaks become spaces (one line stays one line), every
 * other control character (escape sequences included) is dropped.
 */
export function terminalText(text: string): string {
  return text.replace(CONTROL, (ch) => (ch === "\t" || ch === "\n" || ch === "\r" ? " " : ""));
}

/**
 * One field of CSV we write from text: neutralised as above, control characters other than
 * tab and line breaks dropped, quoted (RFC 4180) when it holds a delimiter, quote or line break.
 */
export function csvTextField(text: string, delimiter = ","): string {
  // eslint-disable-next-line no-control-regex -- see CONTROL
  const clean = inertText(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ""));
  return clean.includes(delimiter) || /["\n\r]/.test(clean) ? `"${clean.replace(/"/g, '""')}"` : clean;
}
