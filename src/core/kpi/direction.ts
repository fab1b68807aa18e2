import { cellError, type Result } from "../errors";
import { toOptionalText } from "../values";

/** Whether a bigger number is better (revenue, users) or worse (costs such as CAC). */
export type Direction = "higher" | "lower";

const HIGHER = new Set(["higher", "high", "up", "max", "越高越好", "越大越好", "高", "正向"]);
const LOWER = new Set(["lower", "low", "down", "min", "越低越好", "越小越好", "低", "反向"]);

/** Reads a direction argument; blank means "higher". Case and surrounding spaces are ignored. */
export function toDirection(value: unknown, arg = "direction"): Result<Direction> {
  const text = toOptionalText(value, arg);
  if (typeof text === "object") return text;
  if (text === undefined) return "higher";
  const key = text.trim().toLowerCase();
  if (key === "") return "higher";
  if (HIGHER.has(key)) return "higher";
  if (LOWER.has(key)) return "lower";
  return cellError("#VALUE!", "direction.invalid", { arg, value: text });
}
