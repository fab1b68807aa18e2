import { cellError, isCellError, type Result } from "../errors";
import { isBlank, toGrid } from "../values";
import type { SpillCell } from "./funnel";
import { listOf, numberAt } from "./inputs";

/**
 * Retention per period averaged over cohorts, weighted by cohort size: the customers
 * retained in period k by every cohort that has reached k, over those cohorts' customers.
 * A cohort not yet at period k (undefined) is left out of k; the mean of the rates would
 * let a cohort of 3 weigh as much as one of 3,000.
 */
export function weightedRetention(
  sizes: readonly number[],
  counts: readonly (readonly (number | undefined)[])[],
): (number | undefined)[] {
  const width = Math.max(0, ...counts.map((r) => r.length));
  const out: (number | undefined)[] = [];
  for (let k = 0; k < width; k++) {
    let retained = 0;
    let base = 0;
    counts.forEach((row, i) => {
      const c = row[k];
      if (c === undefined) return;
      retained += c;
      base += sizes[i];
    });
    out.push(base > 0 ? retained / base : undefined);
  }
  return out;
}

/**
 * MKT.RETENTION: the weighted average of counts already aggregated (one row per cohort,
 * one column per period; blank = not reached yet), as one row. Rows blank in both
 * arguments are skipped; a count above its cohort's size, a negative one or a blank
 * between two counts is an error naming its cell.
 */
export function retentionRow(cohortSizes: unknown, countsMatrix: unknown): Result<SpillCell[][]> {
  const sizeCells = listOf(cohortSizes, "cohort_sizes");
  if (isCellError(sizeCells)) return sizeCells;
  const grid = toGrid(countsMatrix);
  if (grid.length !== sizeCells.length)
    return cellError("#VALUE!", "retention.sizeRows", { sizes: sizeCells.length, rows: grid.length });
  const sizes: number[] = [];
  const counts: (number | undefined)[][] = [];
  for (let r = 0; r < grid.length; r++) {
    const sizeCell = sizeCells.at(r);
    const row = grid[r];
    if (isBlank(sizeCell.value) && row.every((c) => isBlank(c))) continue;
    const size = numberAt(sizeCell, "cohort_sizes");
    if (isCellError(size))
      return isBlank(sizeCell.value) ? cellError("#N/A", "arg.blank", { arg: `cohort_sizes (row ${r + 1})` }) : size;
    if (size <= 0) return cellError("#VALUE!", "retention.size", { row: r + 1, value: size });
    const line: (number | undefined)[] = [];
    let ended = false;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (isBlank(cell)) {
        ended = true;
        line.push(undefined);
        continue;
      }
      if (ended) return cellError("#VALUE!", "retention.gap", { row: r + 1, col: c });
      const n = numberAt({ value: cell, row: r + 1, col: c + 1 }, "counts_matrix");
      if (isCellError(n)) return n;
      if (n < 0)
        return cellError("#VALUE!", "analysis.negative", {
          arg: `counts_matrix (column ${c + 1})`,
          row: r + 1,
          value: n,
        });
      if (n > size) return cellError("#VALUE!", "retention.countAbove", { row: r + 1, col: c + 1, count: n, size });
      line.push(n);
    }
    sizes.push(size);
    counts.push(line);
  }
  const averages = weightedRetention(sizes, counts);
  if (averages.every((a) => a === undefined)) return cellError("#N/A", "analysis.empty", { arg: "counts_matrix" });
  return [averages.map((a) => a ?? "")];
}
