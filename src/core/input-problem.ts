import { t } from "../i18n/catalog";
import type { MessageParams } from "../i18n/format";
import type { Locale } from "../i18n/locale";
import type { LimitMessageKey } from "../i18n/messages/limits";
import type { LimitBreach } from "./limits";

/** Why an input file cannot be read: a limit it went past, or damage in its package. */
export type InputProblem =
  | LimitBreach
  | {
      readonly kind: "package";
      readonly key: Exclude<LimitMessageKey, `limit.${string}`>;
      readonly params: MessageParams;
    };

const grouped = (n: number) => n.toLocaleString("en-US");

/** The problem as one line in the user's language. */
export function inputProblemMessage(problem: InputProblem, locale: Locale): string {
  if (problem.kind === "package") return t(locale, problem.key, problem.params);
  return t(locale, `limit.${problem.limit}`, {
    actual: grouped(problem.actual),
    max: grouped(problem.max),
    where: problem.where,
  });
}
