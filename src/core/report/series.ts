import { DATE_ROLES, roleOf, type Role } from "../checks/roles";
import { findTables } from "../checks";
import { CellKind, detectTable, serialToIso, sheetCol, sheetRow, type SheetGrid } from "../sheet";

/**
 * The trend of the collected data when there is no decay sheet: the first table (as the
 * data checks split sheets into tables) with a column of dates (the day or period a metric
 * was collected, not a plan's or a deadline's date) and a column of numbers beside it, e.g.
 * daily figures exported from an ad platform. Its points are drawn in date order.
 */

export interface SeriesFact {
  readonly sheet: string;
  /** The value column's header, as written. */
  readonly metric: string;
  readonly points: readonly {
    /** Worksheet row and columns. */
    readonly row: number;
    readonly dateCol: number;
    readonly valueCol: number;
    readonly serial: number;
    readonly date: string;
    readonly value: number;
  }[];
}

/** At least this many dated values make a trend. */
const MIN_POINTS = 3;
/** Share of a column's filled cells that must be dates (or numbers) for it to be that column. */
const MOSTLY = 0.8;
/** Dates that say when something is due or was planned, not when a figure was collected. */
const NOT_A_PERIOD: ReadonlySet<Role> = new Set<Role>(["plannedDate", "startDate", "endDate", "revisionDate"]);
/** Numbers that are not a measure over time. */
const NOT_A_MEASURE: ReadonlySet<Role> = new Set<Role>(["id", "target", "revisedTarget", "base", "challenge"]);

function share(grid: SheetGrid, c: number, first: number, last: number, kind: number): { filled: number; of: number } {
  let filled = 0;
  let of = 0;
  for (let r = first; r <= last; r++) {
    const k = grid.kinds[r * grid.cols + c];
    if (k === CellKind.Blank) continue;
    filled++;
    if (k === kind) of++;
  }
  return { filled, of };
}

const mostly = (s: { filled: number; of: number }) => s.of >= MIN_POINTS && s.of >= MOSTLY * s.filled;

export function seriesFact(grids: readonly SheetGrid[], skip: ReadonlySet<string>): SeriesFact | undefined {
  const tables = grids.filter((g) => !skip.has(g.name) && g.rows > 0).flatMap((g) => findTables(g));
  for (const grid of tables) {
    const shape = detectTable(grid);
    if (shape.headerRow < 0) continue;
    const { firstRow, lastRow, headers } = shape;
    const role = (c: number) => roleOf(headers[c] ?? "");
    const dateCol = headers.findIndex((h, c) => {
      const r = role(c);
      return (
        h !== "" &&
        !(r && NOT_A_PERIOD.has(r)) &&
        (r === undefined || DATE_ROLES.has(r)) &&
        mostly(share(grid, c, firstRow, lastRow, CellKind.Date))
      );
    });
    if (dateCol < 0) continue;
    const valueCol = headers.findIndex((h, c) => {
      const r = role(c);
      return (
        c !== dateCol &&
        h !== "" &&
        !(r && NOT_A_MEASURE.has(r)) &&
        mostly(share(grid, c, firstRow, lastRow, CellKind.Number))
      );
    });
    if (valueCol < 0) continue;
    const points: SeriesFact["points"][number][] = [];
    for (let r = firstRow; r <= lastRow; r++) {
      const i = r * grid.cols;
      if (grid.kinds[i + dateCol] !== CellKind.Date || grid.kinds[i + valueCol] !== CellKind.Number) continue;
      const serial = grid.numbers[i + dateCol];
      points.push({
        row: sheetRow(grid, r),
        dateCol: sheetCol(grid, dateCol),
        valueCol: sheetCol(grid, valueCol),
        serial,
        date: serialToIso(serial),
        value: grid.numbers[i + valueCol],
      });
    }
    if (new Set(points.map((p) => p.serial)).size < MIN_POINTS) continue;
    points.sort((a, b) => a.serial - b.serial || a.row - b.row);
    return { sheet: grid.name, metric: headers[valueCol], points };
  }
  return undefined;
}
