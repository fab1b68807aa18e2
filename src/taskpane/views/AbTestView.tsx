import {
  Body1,
  Button,
  Caption1,
  Divider,
  Field as FluentField,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { AbTestResult } from "../../core/stats";
import { verdictText } from "../../core/stats";
import type { MessageKey } from "../../i18n/catalog";
import { IntervalChart } from "../components/IntervalChart";
import { useServices, useT } from "../context";
import { EMPTY_FIELD, abTestFormula, percent, runTest, type Field } from "./abtest-model";
import { SampleSizePlanner } from "./SampleSizePlanner";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  arms: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalM },
  arm: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // Two inputs side by side in a pane of about 350 px: they shrink rather than overflow.
  input: { minWidth: 0, width: "100%" },
});

const FIELDS: readonly { arm: MessageKey; what: MessageKey; id: string }[] = [
  { arm: "ab.control", what: "ab.conversions", id: "control-conversions" },
  { arm: "ab.control", what: "ab.visitors", id: "control-visitors" },
  { arm: "ab.variant", what: "ab.conversions", id: "variant-conversions" },
  { arm: "ab.variant", what: "ab.visitors", id: "variant-visitors" },
];

type Intent = "success" | "error" | "warning" | "info";
const INTENTS: Readonly<Record<AbTestResult["verdict"], Intent>> = {
  significant_lift: "success",
  significant_drop: "error",
  not_significant: "info",
  insufficient_sample: "warning",
  sample_ratio_mismatch: "warning",
};

/** Pick or type the four counts; see the verdict, both rates' intervals and the lift in words; insert the formula. */
export function AbTestView() {
  const styles = useStyles();
  const t = useT();
  const services = useServices();
  const { locale } = services;
  const [fields, setFields] = useState<readonly Field[]>(FIELDS.map(() => EMPTY_FIELD));
  const [status, setStatus] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  const outcome = runTest(fields, locale);
  const pct = (x: number) => percent(x, locale);

  const set = (i: number, field: Field) => setFields(fields.map((f, k) => (k === i ? field : f)));
  async function pick(i: number) {
    if (!services.readActiveCell) return;
    try {
      const cell = await services.readActiveCell();
      set(i, {
        text: cell.value === null || cell.value === undefined ? "" : String(cell.value),
        address: cell.address,
      });
      setStatus(null);
    } catch (e) {
      setStatus({ intent: "error", text: t("ab.pickFailed", { reason: e instanceof Error ? e.message : String(e) }) });
    }
  }
  async function insert() {
    try {
      const cell = await services.insertFormula(abTestFormula(fields));
      setStatus({ intent: "success", text: t("ab.inserted", { cell }) });
    } catch (e) {
      setStatus({
        intent: "error",
        text: t("ab.insertFailed", { reason: e instanceof Error ? e.message : String(e) }),
      });
    }
  }

  const input = (i: number) => {
    const def = FIELDS[i];
    const field = fields[i];
    return (
      <FluentField
        key={def.id}
        label={t(def.what)}
        hint={field.address ? t("ab.picked", { address: field.address }) : undefined}
      >
        <Input
          className={styles.input}
          value={field.text}
          inputMode="numeric"
          data-testid={def.id}
          onChange={(_, d) => set(i, { text: d.value })}
        />
        {services.readActiveCell && (
          <Button
            size="small"
            appearance="subtle"
            onClick={() => pick(i)}
            aria-label={t("ab.pickLabel", { field: `${t(def.arm)} ${t(def.what)}` })}
          >
            {t("ab.pick")}
          </Button>
        )}
      </FluentField>
    );
  };

  return (
    <section className={styles.root} aria-label={t("view.abtest")}>
      <Body1>{t("ab.intro")}</Body1>
      <div className={styles.arms}>
        {(["ab.control", "ab.variant"] as const).map((arm, a) => (
          <div key={arm} className={styles.arm}>
            <Subtitle2 as="h2">{t(arm)}</Subtitle2>
            {input(2 * a)}
            {input(2 * a + 1)}
          </div>
        ))}
      </div>
      {outcome.kind === "empty" && <Caption1>{t("ab.empty")}</Caption1>}
      {outcome.kind === "error" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody data-testid="ab-error">{outcome.message}</MessageBarBody>
        </MessageBar>
      )}
      {outcome.kind === "result" && <Result result={outcome.result} pct={pct} />}
      <Button appearance="primary" disabled={outcome.kind !== "result"} onClick={insert}>
        {t("ab.insert")}
      </Button>
      {status && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      <Divider />
      <SampleSizePlanner />
    </section>
  );
}

function Result({ result: r, pct }: { result: AbTestResult; pct: (x: number) => string }) {
  const t = useT();
  const { locale } = useServices();
  const rate = (x: number) => percent(x, locale, 1);
  const p = (x: number | null) => (x === null ? "–" : x < 0.0001 ? "< 0.0001" : x.toFixed(4));
  const rows = [
    { label: t("ab.control"), arm: r.control },
    { label: t("ab.variant"), arm: r.variant },
  ].map(({ label, arm }) => ({
    label,
    value: arm.rate,
    lower: arm.ci[0],
    upper: arm.ci[1],
    text: `${rate(arm.rate)} (${rate(arm.ci[0])}–${rate(arm.ci[1])})`,
  }));
  let lift: string;
  if (r.lift.value === null || r.lift.ci === null) lift = t("ab.lift.none");
  else {
    const [lo, hi] = r.lift.ci;
    lift =
      r.lift.value >= 0
        ? t("ab.lift.up", { lift: pct(r.lift.value), lo: pct(lo), hi: pct(hi) })
        : t("ab.lift.down", { lift: pct(-r.lift.value), lo: pct(lo), hi: pct(hi) });
  }
  return (
    <>
      <MessageBar intent={INTENTS[r.verdict]} role="status">
        <MessageBarBody data-testid="ab-verdict" data-verdict={r.verdict}>
          {t("ab.verdict", { verdict: verdictText(r.verdict, locale) })}
        </MessageBarBody>
      </MessageBar>
      <IntervalChart title={t("ab.chart")} rows={rows} />
      <Body1 data-testid="ab-lift">{lift}</Body1>
      <Caption1 data-testid="ab-stats">
        {t("ab.stats", { p: p(r.p), prob: rate(r.probVariantBetter), srm: p(r.srmP) })}
      </Caption1>
    </>
  );
}
