import { cellText, type CellMessageKey } from "../i18n/cell-messages";
import type { MessageParams } from "../i18n/format";
import type { Locale } from "../i18n/locale";

/** The Excel errors core functions can return. */
export type ErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

/**
 * An error as a value, the way a cell holds one: which Excel error it is and why.
 * `message` is English; `key` and `params` let a host render it in another language.
 */
export interface CellError {
  readonly error: ErrorCode;
  readonly message: string;
  readonly key: CellMessageKey;
  readonly params: MessageParams;
}

export type Result<T = number> = T | CellError;

export function cellError(error: ErrorCode, key: CellMessageKey, params: MessageParams = {}): CellError {
  return { error, message: cellText("en-US", key, params), key, params };
}

export function isCellError(value: unknown): value is CellError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { error?: unknown }).error === "string" &&
    typeof (value as { message?: unknown }).message === "string" &&
    typeof (value as { key?: unknown }).key === "string"
  );
}

/** The error's message in the given language. */
export function localizeError(err: CellError, locale: Locale): string {
  return cellText(locale, err.key, err.params);
}
