import { Tab, TabList, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { columnLetter } from "../core/plan/address";
import { chartsReach } from "../core/plan/chart-layout";
import { chartValues } from "../xlsx/charts/chart-values";
import { workbookGrids, type GridCell } from "../xlsx/sheet-view";
import { ChartLayer, type DrawnChart } from "./ChartLayer";
import type { PreviewSession } from "./session";
import { useServices, useT } from "../taskpane/context";
import { t as translate } from "../i18n/catalog";

const ROW_HEAD_WIDTH = 40;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    flex: 1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Positioned: the charts' frames are placed in it, and scroll with the cells.
  scroller: { overflow: "auto", flex: 1, position: "relative", backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: "collapse", fontSize: "12px", tableLayout: "fixed" },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: 400,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    height: "20px",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    width: "40px",
    textAlign: "right",
    paddingRight: "4px",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "2px 4px",
    height: "20px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    position: "relative",
  },
  numeric: { textAlign: "right" },
  formula: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
  noted: {
    "::after": {
      content: '""',
      position: "absolute",
      top: 0,
      right: 0,
      borderTop: `6px solid ${tokens.colorPaletteRedBorder2}`,
      borderLeft: "6px solid transparent",
    },
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  tabs: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, overflowX: "auto" },
  empty: { padding: tokens.spacingHorizontalL },
});

function CellView({
  cell,
  address,
  selected,
  onSelect,
}: {
  cell: GridCell | null;
  address: string;
  selected: boolean;
  onSelect: (address: string) => void;
}) {
  const styles = useStyles();
  const classes = [styles.cell];
  if (cell?.numeric) classes.push(styles.numeric);
  if (cell?.formula && cell.text === cell.formula) classes.push(styles.formula);
  if (cell?.note) classes.push(styles.noted);
  if (selected) classes.push(styles.selected);
  return (
    <td
      className={classes.join(" ")}
      data-cell={address}
      data-fill={cell?.fill ?? undefined}
      title={cell?.note ?? cell?.formula ?? undefined}
      aria-selected={selected || undefined}
      onClick={() => onSelect(address)}
      style={{
        backgroundColor: cell?.fill,
        // A filled cell's automatic font colour is black, as in Excel, also when the page is dark.
        color: cell?.fontColor ?? (cell?.fill ? "#000000" : undefined),
        fontWeight: cell?.bold ? 600 : undefined,
      }}
    >
      {cell?.text}
    </td>
  );
}

/** The preview's workbook as a grid with sheet tabs: values, number formats, fills and notes. */
export function WorkbookGrid({ session }: { session: PreviewSession }) {
  const styles = useStyles();
  const t = useT();
  const { locale } = useServices();
  const state = useSyncExternalStore(session.subscribe, session.snapshot);
  // The workbook changes in place; the version number says when to read it again.
  const grids = useMemo(
    () => workbookGrids(session.workbook, undefined, (name) => chartsReach(session.chartsOf(name))),
    [session, state.version],
  );
  const grid = grids.find((g) => g.name === state.activeSheet) ?? grids[0];
  const selected = state.selection && grid && state.selection.sheet === grid.name ? state.selection.cell : null;
  const scroller = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  // The charts of the plans applied to this sheet, with the values its cells show now.
  const charts = useMemo((): DrawnChart[] => {
    const ws = grid && session.workbook.getWorksheet(grid.name);
    if (!ws) return [];
    return session.chartsOf(ws.name).map((plan) => {
      try {
        return { plan, values: chartValues(ws, plan) };
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        return { plan, problem: translate(locale, "preview.chartFailed", { title: plan.title, reason }) };
      }
    });
  }, [session, state.version, grid?.name, locale]);

  useEffect(() => {
    if (!selected) return;
    scroller.current
      ?.querySelector(`[data-cell="${selected}"]`)
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selected, grid?.name]);

  if (!grid) {
    return (
      <section className={styles.root} aria-label={t("preview.grid")}>
        <Caption1 className={styles.empty}>{t("preview.empty")}</Caption1>
      </section>
    );
  }
  const letters = grid.widths.map((_, i) => columnLetter(i));
  // Column widths in pixels from Excel's character widths. The table's width is their sum:
  // a fixed table layout needs one, else long texts widen their columns and empty ones collapse.
  const pixels = grid.widths.map((w) => Math.round(Math.max(4, w) * 7 + 8));
  const tableWidth = pixels.reduce((sum, w) => sum + w, ROW_HEAD_WIDTH);
  return (
    <section className={styles.root} aria-label={t("preview.grid")}>
      <div className={styles.scroller} ref={scroller}>
        <ChartLayer charts={charts} table={table} />
        <table ref={table} className={styles.table} style={{ width: `${tableWidth}px` }} data-sheet={grid.name}>
          <colgroup>
            <col style={{ width: `${ROW_HEAD_WIDTH}px` }} />
            {pixels.map((w, i) => (
              <col key={i} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={styles.head} />
              {letters.map((l) => (
                <th key={l} className={styles.head} scope="col">
                  {l}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row, r) => (
              <tr key={r}>
                <th className={styles.rowHead} scope="row">
                  {r + 1}
                </th>
                {letters.map((l, c) => {
                  const address = `${l}${r + 1}`;
                  return (
                    <CellView
                      key={address}
                      cell={row[c] ?? null}
                      address={address}
                      selected={selected === address}
                      onSelect={(cell) => session.select({ sheet: grid.name, cell })}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {grid.truncated && (
          <Caption1 className={styles.empty}>
            {t("preview.truncated", { rows: grid.rowCount, columns: grid.columnCount })}
          </Caption1>
        )}
      </div>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={t("preview.sheets")}
        selectedValue={grid.name}
        onTabSelect={(_, data) => session.activate(String(data.value))}
      >
        {grids.map((g) => (
          <Tab key={g.name} value={g.name} data-sheet-tab={g.name}>
            {g.name}
          </Tab>
        ))}
      </TabList>
    </section>
  );
}
