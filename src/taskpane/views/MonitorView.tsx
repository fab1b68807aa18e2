import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { isCellError, localizeError } from "../../core/errors";
import { formatValue } from "../../core/format/number-format";
import { paceAdvice } from "../../core/monitor/advice";
import { statusText } from "../../core/monitor/grids";
import type { PaceMethod } from "../../core/monitor/pace";
import { guessMonitor, monitorTable, type MonitorOutcome } from "../../core/monitor/table-run";
import { dateSerial } from "../../core/plan/dates";
import { serialToIso } from "../../core/sheet";
import { LineChart } from "../components/LineChart";
import { useServices, useT } from "../context";
import type { TableRead } from "../services";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "end", flexWrap: "wrap" },
});

const METHODS: readonly PaceMethod[] = ["run_rate", "forecast"];
const INTENT = { onTrack: "success", atRisk: "warning", offTrack: "error" } as const;
const amount = (x: number) => formatValue(x, "#,##0.0");

/** The Monitor view: pick the daily table, see the projection, the band chart and the alerts; insert the formulas. */
export function MonitorView() {
  const styles = useStyles();
  const t = useT();
  const services = useServices();
  const [table, setTable] = useState<TableRead | null>(null);
  const [columns, setColumns] = useState<{ date: number | null; value: number | null }>({ date: null, value: null });
  const [target, setTarget] = useState("");
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const [method, setMethod] = useState<PaceMethod>("run_rate");
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<MonitorOutcome | null>(null);

  async function read() {
    setError(null);
    setOutcome(null);
    setNote(null);
    try {
      const read = await services.readTable();
      if (read.rows.length === 0) {
        setTable(null);
        setError(t("mon.noRows"));
        return;
      }
      setTable(read);
      const guess = guessMonitor(read);
      setColumns({ date: guess.date, value: guess.value });
      if (guess.target !== undefined) setTarget(String(guess.target));
      if (guess.start !== undefined) setStart(serialToIso(guess.start));
      if (guess.end !== undefined) setEnd(serialToIso(guess.end));
    } catch (e) {
      setError(t("mon.readFailed", { reason: e instanceof Error ? e.message : String(e) }));
    }
  }

  function run() {
    if (!table) return;
    setNote(null);
    const goal = Number(target);
    const from = /^\d{4}-\d{2}-\d{2}$/.test(start.trim()) ? dateSerial(start.trim()) : NaN;
    const to = /^\d{4}-\d{2}-\d{2}$/.test(end.trim()) ? dateSerial(end.trim()) : NaN;
    if (columns.date === null || columns.value === null || !(goal > 0) || Number.isNaN(from) || Number.isNaN(to)) {
      setOutcome(null);
      setError(t("mon.needInputs"));
      return;
    }
    const done = monitorTable(table, {
      date: columns.date,
      value: columns.value,
      target: goal,
      start: from,
      end: to,
      method,
    });
    if (isCellError(done)) {
      setOutcome(null);
      setError(localizeError(done, services.locale));
      return;
    }
    setError(null);
    setOutcome(done);
  }

  async function insert() {
    if (!outcome) return;
    try {
      const cell = await services.insertFormula(outcome.formulas.pace);
      setNote(t("mon.inserted", { formula: outcome.formulas.pace, cell }));
    } catch (e) {
      setError(t("mon.insertFailed", { reason: e instanceof Error ? e.message : String(e) }));
    }
  }

  const columnName = (i: number | null) => (i === null ? "" : table?.header[i] || `#${i + 1}`);
  const pick = (key: "date" | "value", label: "mon.col.date" | "mon.col.value") => (
    <Field label={t(label)} required>
      <Dropdown
        value={columnName(columns[key])}
        selectedOptions={columns[key] === null ? [] : [String(columns[key])]}
        onOptionSelect={(_, data) => setColumns((c) => ({ ...c, [key]: Number(data.optionValue) }))}
      >
        {(table?.header ?? []).map((h, i) => (
          <Option key={i} value={String(i)}>
            {h || `#${i + 1}`}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
  const p = outcome?.pace;
  return (
    <section className={styles.root} aria-label={t("view.monitor")}>
      <Body1>{t(services.kind === "excel" ? "mon.intro.excel" : "mon.intro.preview")}</Body1>
      <div className={styles.row}>
        <Button onClick={read}>{t("mon.read")}</Button>
        {table && (
          <Caption1 data-testid="mon-source">
            {t("mon.readSummary", { rows: table.rows.length, source: table.source })}
          </Caption1>
        )}
      </div>
      {table && (
        <>
          <div className={styles.row}>
            {pick("date", "mon.col.date")}
            {pick("value", "mon.col.value")}
          </div>
          <div className={styles.row}>
            <Field label={t("mon.target")} required>
              <Input value={target} inputMode="decimal" onChange={(_, d) => setTarget(d.value)} />
            </Field>
            <Field label={t("mon.start")} required>
              <Input value={start} onChange={(_, d) => setStart(d.value)} />
            </Field>
            <Field label={t("mon.end")} required>
              <Input value={end} onChange={(_, d) => setEnd(d.value)} />
            </Field>
            <Field label={t("mon.method")}>
              <Dropdown
                value={t(`mon.method.${method}`)}
                selectedOptions={[method]}
                onOptionSelect={(_, data) => setMethod(data.optionValue as PaceMethod)}
              >
                {METHODS.map((m) => (
                  <Option key={m} value={m}>
                    {t(`mon.method.${m}`)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          </div>
          <Button appearance="primary" onClick={run}>
            {t("mon.run")}
          </Button>
        </>
      )}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && p && (
        <>
          <MessageBar intent={INTENT[p.status]} role="status" data-testid="mon-status" data-status={p.status}>
            <MessageBarBody>
              {statusText(p.status, services.locale)}:{" "}
              {t("mon.projection", {
                projected: amount(p.projected),
                end: end.trim(),
                share: formatValue(p.share, "0.0%"),
                target: amount(p.target),
                elapsed: p.daysElapsed,
                days: p.campaignDays,
                missing: p.missingDays,
              })}
            </MessageBarBody>
          </MessageBar>
          <Body1 data-testid="mon-advice">{paceAdvice(p, services.locale)}</Body1>
          <LineChart
            title={t("mon.chart", { confidence: "95%" })}
            labels={outcome.points.map((pt) => serialToIso(pt.date).slice(5))}
            lines={[
              { key: "actual", name: t("mon.series.actual"), values: outcome.points.map((pt) => pt.actual) },
              {
                key: "forecast",
                name: t("mon.series.forecast"),
                values: outcome.points.map((pt) => pt.forecast),
                dashed: true,
              },
              { key: "lower", name: t("mon.series.lower"), values: outcome.points.map((pt) => pt.lower), dashed: true },
              { key: "upper", name: t("mon.series.upper"), values: outcome.points.map((pt) => pt.upper), dashed: true },
            ]}
          />
          <Body1>
            <b>{t("mon.alerts")}</b>
          </Body1>
          <ul data-testid="mon-alerts">
            {outcome.outside.length === 0 ? (
              <li>{t("mon.alerts.none")}</li>
            ) : (
              outcome.outside.map((pt) => (
                <li key={pt.date} data-alert={serialToIso(pt.date)}>
                  {t("mon.alert.band", {
                    date: serialToIso(pt.date),
                    value: amount(pt.actual ?? 0),
                    lower: amount(pt.lower ?? 0),
                    upper: amount(pt.upper ?? 0),
                  })}
                </li>
              ))
            )}
          </ul>
          <div className={styles.row}>
            <Button onClick={insert}>{t("mon.insert")}</Button>
            <Caption1 data-testid="mon-formula">{outcome.formulas.pace}</Caption1>
          </div>
          {note && (
            <MessageBar intent="success" role="status">
              <MessageBarBody>{note}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </section>
  );
}
