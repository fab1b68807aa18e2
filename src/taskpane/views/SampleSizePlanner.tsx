import { Caption1, Field, Input, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useServices, useT } from "../context";
import { plan } from "./abtest-model";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Baseline rate, relative MDE and daily visitors in; visitors per variant and days out. */
export function SampleSizePlanner() {
  const styles = useStyles();
  const t = useT();
  const { locale } = useServices();
  const [baseline, setBaseline] = useState("5%");
  const [mde, setMde] = useState("10%");
  const [daily, setDaily] = useState("");
  const outcome = plan(baseline, mde, daily, locale);
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  return (
    <section className={styles.root} aria-label={t("ab.planner")} data-testid="planner">
      <Subtitle2 as="h2">{t("ab.planner")}</Subtitle2>
      <Field label={t("ab.baseline")}>
        <Input value={baseline} onChange={(_, d) => setBaseline(d.value)} data-testid="plan-baseline" />
      </Field>
      <Field label={t("ab.mde")}>
        <Input value={mde} onChange={(_, d) => setMde(d.value)} data-testid="plan-mde" />
      </Field>
      <Field label={t("ab.daily")}>
        <Input value={daily} onChange={(_, d) => setDaily(d.value)} inputMode="numeric" data-testid="plan-daily" />
      </Field>
      {outcome.kind === "result" && (
        <div role="status" data-testid="plan-result" data-per-variant={outcome.result.perVariant}>
          <Text weight="semibold">
            {t("ab.plan.result", {
              perVariant: number(outcome.result.perVariant),
              total: number(outcome.result.total),
            })}
          </Text>
          {outcome.result.days !== null && outcome.daily !== undefined && (
            <div data-testid="plan-days" data-days={outcome.result.days}>
              {t("ab.plan.days", { days: number(outcome.result.days), daily: number(outcome.daily) })}
            </div>
          )}
        </div>
      )}
      {outcome.kind === "error" && (
        <Text role="alert" data-testid="plan-error">
          {outcome.message}
        </Text>
      )}
      <Caption1>{t("ab.plan.hint")}</Caption1>
    </section>
  );
}
