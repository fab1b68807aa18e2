import { isCellError, type Result } from "../errors";
import { toArm, toChoice, toProbability } from "./inputs";
import { CI_METHODS, proportionInterval, type CiMethod, type Interval } from "./intervals";

const ALIASES: Readonly<Record<string, CiMethod>> = {
  score: "wilson",
  "wilson-score": "wilson",
  exact: "clopper-pearson",
  agresti: "agresti-coull",
  normal: "wald",
};

/** MKT.PROPCI: a rate and its two-sided interval (confidence default 0.95, Wilson by default). */
export function propCi(
  successes: unknown,
  trials: unknown,
  confidence?: unknown,
  method?: unknown,
): Result<{ rate: number; ci: Interval; method: CiMethod }> {
  const arm = toArm(successes, trials, ["successes", "trials"]);
  if (isCellError(arm)) return arm;
  const level = toProbability(confidence, "confidence", 0.95);
  if (isCellError(level)) return level;
  const chosen = toChoice(method, "method", CI_METHODS, "wilson", ALIASES);
  if (isCellError(chosen)) return chosen;
  return { rate: arm.x / arm.n, ci: proportionInterval(arm.x, arm.n, 1 - level, chosen), method: chosen };
}
