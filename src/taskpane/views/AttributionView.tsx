import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  SpinButton,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { guessPathColumns, type PathColumnGuess } from "../../core/attribution/guess-columns";
import { MODELS, type ModelName } from "../../core/attribution/options";
import { formatValue } from "../../core/format/number-format";
import { BarChart } from "../components/BarChart";
import { useServices, useT } from "../context";
import type { TableRead } from "../services";
import { runAttribution, type AttributionOutcome } from "./attribution-run";
import { openPathsFile } from "./paths-file";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "end", flexWrap: "wrap" },
});

const NONE = "-1";
type ColumnKey = keyof PathColumnGuess;
const COLUMN_FIELDS: readonly {
  key: ColumnKey;
  label: "attr.col.paths" | "attr.col.conversions" | "attr.col.values" | "attr.col.nulls";
  optional: boolean;
}[] = [
  { key: "paths", label: "attr.col.paths", optional: false },
  { key: "conversions", label: "attr.col.conversions", optional: false },
  { key: "values", label: "attr.col.values", optional: true },
  { key: "nulls", label: "attr.col.nulls", optional: true },
];

/** Attribution from a table in the workbook: pick columns and a model, write the result, see it as a chart. */
export function AttributionView() {
  const styles = useStyles();
  const t = useT();
  const services = useServices();
  const [table, setTable] = useState<TableRead | null>(null);
  const [columns, setColumns] = useState<PathColumnGuess>({
    paths: null,
    conversions: null,
    values: null,
    nulls: null,
  });
  const [model, setModel] = useState<ModelName>("markov");
  const [order, setOrder] = useState(1);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Extract<AttributionOutcome, { ok: true }> | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  async function open(file: File) {
    setError(null);
    setOutcome(null);
    setOpened(null);
    setBusy(true);
    const done = await openPathsFile(services, file.name, new Uint8Array(await file.arrayBuffer()), services.locale);
    setBusy(false);
    if (!done.ok) {
      setError(done.message);
      return;
    }
    setTable(done.table);
    setColumns(guessPathColumns(done.table.header));
    setOpened(t("attr.open.done", { name: file.name, sheet: done.sheet, rows: done.table.rows.length }));
  }

  async function read() {
    setError(null);
    setOutcome(null);
    try {
      const read = await services.readTable();
      if (read.rows.length === 0) {
        setTable(null);
        setError(t("attr.noRows"));
        return;
      }
      setTable(read);
      setColumns(guessPathColumns(read.header));
    } catch (e) {
      setError(t("attr.readFailed", { reason: e instanceof Error ? e.message : String(e) }));
    }
  }

  async function run() {
    if (!table) return;
    if (columns.paths === null || columns.conversions === null) {
      setError(t("attr.needColumns"));
      return;
    }
    setBusy(true);
    setError(null);
    const done = await runAttribution(
      services,
      table,
      { ...columns, paths: columns.paths, conversions: columns.conversions },
      { model, order },
      services.locale,
    );
    setBusy(false);
    if (done.ok) setOutcome(done);
    else {
      setOutcome(null);
      setError(done.message);
    }
  }

  const columnName = (i: number | null) => (i === null ? t("attr.col.none") : table?.header[i] || `#${i + 1}`);
  return (
    <section className={styles.root} aria-label={t("view.attribution")}>
      <Body1>{t(services.kind === "excel" ? "attr.intro.excel" : "attr.intro.preview")}</Body1>
      <div className={styles.row}>
        <Button onClick={read}>{t("attr.read")}</Button>
        <Button onClick={() => fileInput.current?.click()} disabled={busy} title={t("attr.open.hint")}>
          {t("attr.open")}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,.tsv,.txt,.xlsx"
          hidden
          data-testid="attr-open-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void open(file);
          }}
        />
        {table && (
          <Caption1 data-testid="attr-source">
            {t("attr.readSummary", { rows: table.rows.length, source: table.source })}
          </Caption1>
        )}
      </div>
      {table && (
        <>
          {COLUMN_FIELDS.map((field) => (
            <Field key={field.key} label={t(field.label)} required={!field.optional}>
              <Dropdown
                value={columnName(columns[field.key])}
                selectedOptions={[String(columns[field.key] ?? NONE)]}
                onOptionSelect={(_, data) => {
                  const i = Number(data.optionValue);
                  setColumns((c) => ({ ...c, [field.key]: i < 0 ? null : i }));
                }}
              >
                {field.optional && <Option value={NONE}>{t("attr.col.none")}</Option>}
                {table.header.map((h, i) => (
                  <Option key={i} value={String(i)}>
                    {h || `#${i + 1}`}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          ))}
          <div className={styles.row}>
            <Field label={t("attr.model")}>
              <Dropdown
                value={t(`attr.model.${model}`)}
                selectedOptions={[model]}
                onOptionSelect={(_, data) => setModel(data.optionValue as ModelName)}
              >
                {MODELS.map((m) => (
                  <Option key={m} value={m}>
                    {t(`attr.model.${m}`)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            {model === "markov" && (
              <Field label={t("attr.order")}>
                <SpinButton
                  value={order}
                  min={1}
                  max={4}
                  onChange={(_, data) => {
                    // Typed text arrives as displayValue, arrows and keys as value.
                    const typed = data.value ?? Number(data.displayValue);
                    if (Number.isFinite(typed)) setOrder(Math.min(4, Math.max(1, Math.round(typed))));
                  }}
                />
              </Field>
            )}
          </div>
          <Button appearance="primary" onClick={run} disabled={busy}>
            {busy ? <Spinner size="tiny" label={t("attr.running")} /> : t("attr.run")}
          </Button>
        </>
      )}
      {opened && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{opened}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <>
          <MessageBar intent="success" role="status">
            <MessageBarBody>{t("attr.done", { sheet: outcome.sheet })}</MessageBarBody>
          </MessageBar>
          <BarChart
            title={t("attr.chart", { model: t(`attr.model.${outcome.result.model}`) })}
            bars={outcome.result.channels.map((c) => ({
              label: c.channel,
              value: c.conversions,
              text: `${formatValue(c.conversions, "#,##0.0")} (${formatValue(c.share, "0.0%")})`,
            }))}
          />
        </>
      )}
    </section>
  );
}
