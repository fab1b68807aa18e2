import { inputProblemMessage, type InputProblem } from "../core/input-problem";
import type { LimitBreach } from "../core/limits";
import type { LimitMessageKey } from "../i18n/messages/limits";
import type { MessageParams } from "../i18n/format";

/**
 * An input file that cannot be read, carrying the typed problem (a limit or damage) so
 * each host words it in its language: the CLI as one line and exit 2, the preview as a
 * message. Thrown only by the package reader, caught at its callers.
 */
export class InputProblemError extends Error {
  override readonly name = "InputProblemError";
  constructor(readonly problem: InputProblem) {
    super(inputProblemMessage(problem, "en-US"));
  }
}

export function breach(problem: LimitBreach): InputProblemError {
  return new InputProblemError(problem);
}

export function damaged(
  key: Exclude<LimitMessageKey, `limit.${string}`>,
  params: MessageParams = {},
): InputProblemError {
  return new InputProblemError({ kind: "package", key, params });
}

/** The file could not be read as an .xlsx workbook: the message is one line, naming the file. */
export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";
}
