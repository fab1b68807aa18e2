/**
 * A/B test benchmark: one MKT.ABTEST computation (Wilson, Newcombe, Katz, z, SRM and the
 * exact P(variant > control)) as the counts grow. The exact sum runs over the smallest of
 * the four counts, so its cost grows with that count up to EXACT_SUM_LIMIT (50,000 terms);
 * past it the normal approximation takes constant time. Medians of several runs.
 */
import { abTest, EXACT_SUM_LIMIT } from "../src/core/stats";
import { table, timeRuns, type Bench } from "./harness";

/** Control and variant arms whose smallest count is about `smallest`. */
function arms(smallest: number): [number, number, number, number] {
  const visitors = smallest * 10;
  return [smallest, visitors, Math.round(smallest * 1.05), visitors];
}

export const statsBench: Bench = {
  name: "abtest",
  run(sizes = [100, 5_000, EXACT_SUM_LIMIT - 1, EXACT_SUM_LIMIT * 2]) {
    const rows: string[][] = [["smallest count", "visitors per arm", "MKT.ABTEST (core)", "method", "runs"]];
    for (const size of sizes) {
      const [cx, cn, vx, vn] = arms(size);
      abTest(cx, cn, vx, vn); // warm-up
      const runs = 15;
      const timing = timeRuns(() => abTest(cx, cn, vx, vn), runs);
      rows.push([
        String(size),
        String(cn),
        `${timing.median.toFixed(2)} ms`,
        size + 1 > EXACT_SUM_LIMIT ? "normal approximation" : "exact sum",
        String(runs),
      ]);
    }
    return [
      ...table(rows, 1),
      "Medians; the exact sum has (smallest count + 1) terms, one logarithm each (log-Beta every 1,024).",
    ];
  },
};
