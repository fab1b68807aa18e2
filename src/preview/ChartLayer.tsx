import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useLayoutEffect, useState, type RefObject } from "react";
import { cellAddress } from "../core/plan/address";
import { chartArea, type ChartValues } from "../core/plan/chart-layout";
import type { ChartPlan } from "../core/plan/types";
import { GridChart } from "./GridChart";

/** A chart of the sheet with what its cells hold, or why it cannot be drawn. */
export interface DrawnChart {
  readonly plan: ChartPlan;
  readonly values?: ChartValues;
  readonly problem?: string;
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

const useStyles = makeStyles({
  chart: {
    position: "absolute",
    // Over the cells, under the sticky headers (z-index 1 and 2, later in the page).
    zIndex: 1,
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingHorizontalS,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
    "& figure": { display: "flex", flexDirection: "column", flex: 1, minHeight: 0 },
    // The drawing scales to the frame, keeping its proportions.
    "& svg": { flex: 1, minHeight: 0, height: "100%" },
  },
});

/**
 * The active sheet's charts over its grid, as Excel floats them: each in a frame over the
 * cells it covers (corner at its `at` cell, `size` cells wide and high), measured from the
 * grid's own cells, so it stays in place whatever the column widths and row heights are.
 * The layer is drawn in the table's positioned, scrolling container, before the table.
 */
export function ChartLayer({ charts, table }: { charts: readonly DrawnChart[]; table: RefObject<HTMLTableElement> }) {
  const styles = useStyles();
  const [boxes, setBoxes] = useState<readonly (Box | null)[]>([]);
  useLayoutEffect(() => {
    const grid = table.current;
    if (!grid) return;
    const measure = () => {
      // Relative to the table, placed where the table is in its container: the same however it is scrolled.
      const origin = grid.getBoundingClientRect();
      setBoxes(
        charts.map(({ plan }) => {
          const area = chartArea(plan);
          const first = grid.querySelector(`[data-cell="${cellAddress(area.start)}"]`);
          const last = grid.querySelector(`[data-cell="${cellAddress(area.end)}"]`);
          if (!first || !last) return null;
          const a = first.getBoundingClientRect();
          const b = last.getBoundingClientRect();
          return {
            left: grid.offsetLeft + a.left - origin.left,
            top: grid.offsetTop + a.top - origin.top,
            width: b.right - a.left,
            height: b.bottom - a.top,
          };
        }),
      );
    };
    measure();
    // Rows may grow once fonts load: measure again when the table's size changes.
    const observer = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(measure);
    observer?.observe(grid);
    return () => observer?.disconnect();
  }, [charts, table]);
  return (
    <>
      {charts.map((chart, i) => {
        const box = boxes[i];
        if (!box) return null;
        return (
          <div
            key={`${chart.plan.at}-${i}`}
            className={styles.chart}
            style={box}
            data-testid="grid-chart"
            data-chart-kind={chart.plan.kind}
            data-chart-at={chart.plan.at}
          >
            {chart.values ? <GridChart chart={chart.values} /> : <Caption1 role="alert">{chart.problem}</Caption1>}
          </div>
        );
      })}
    </>
  );
}
