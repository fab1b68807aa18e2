import { Tab, TabList, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { columnLetter } from "../core/plan/address";
import { workbookGrids, type GridCell } from "../xlsx/sheet-view";
import type { PreviewSession } from "./session";
import { useT } from "../taskpane/context";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    flex: 1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  scroller: { overflow: "auto", flex: 1, backgroundColor: tokens.colorNeutralBackground1 },
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
  const state = useSyncExternalStore(session.subscribe, session.snapshot);
  // The workbook changes in place; the version number says when to read it again.
  const grids = useMemo(() => workbookGrids(session.workbook), [session, state.version]);
  const grid = grids.find((g) => g.name === state.activeSheet) ?? grids[0];
  const selected = state.selection && grid && state.selection.sheet === grid.name ? state.selection.cell : null;
  const scroller = useRef<HTMLDivElement>(null);

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
  return (
    <section className={styles.root} aria-label={t("preview.grid")}>
      <div className={styles.scroller} ref={scroller}>
        <table className={styles.table} data-sheet={grid.name}>
          <colgroup>
            <col style={{ width: "40px" }} />
            {grid.widths.map((w, i) => (
              <col key={i} style={{ width: `${Math.round(Math.max(4, w) * 7 + 8)}px` }} />
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
