import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { findingMessage, ruleName, severityName } from "../../core/checks/message";
import { RULE_IDS, type Finding, type RuleId } from "../../core/checks/types";
import { t as translate } from "../../i18n/catalog";
import type { Locale } from "../../i18n/locale";
import { useServices, useT } from "../context";
import type { CheckProgress, CheckRun, CheckServices } from "../services";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

/** Findings listed per rule in the view; the rest of a long group is counted, not drawn. */
const SHOWN_PER_RULE = 200;
const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export interface FindingGroup {
  readonly rule: RuleId;
  readonly findings: readonly Finding[];
}

/** Findings grouped by rule, in the rules' order; rules without findings are left out. */
export function groupByRule(findings: readonly Finding[]): FindingGroup[] {
  return RULE_IDS.map((rule) => ({ rule, findings: findings.filter((f) => f.rule === rule) })).filter(
    (g) => g.findings.length > 0,
  );
}

/** The progress line: what is being done to how many cells. */
export function progressText(p: CheckProgress, locale: Locale): string {
  if (p.phase === "reading") return translate(locale, "checkView.reading");
  if (p.phase === "checking") return translate(locale, "checkView.checking", { cells: p.total });
  return translate(locale, "checkView.writing", { count: p.total });
}

export interface CheckStatus {
  readonly intent: "success" | "warning" | "error";
  readonly text: string;
}

/** Runs a check through the host; the outcome as a message, never a thrown error. */
export async function runCheck(
  checks: CheckServices,
  scope: "sheet" | "selection",
  locale: Locale,
  onProgress: (p: CheckProgress) => void,
): Promise<{ status: CheckStatus; run?: CheckRun }> {
  try {
    const run = await checks.run(scope, onProgress);
    const count = run.findings.length;
    const summary =
      count === 0
        ? translate(locale, "checkView.clean", { sheet: run.sheet })
        : translate(locale, "checkView.summary", { sheet: run.sheet, count });
    const text = run.notFlagged ? `${summary} ${run.notFlagged}` : summary;
    return { status: { intent: count === 0 && !run.notFlagged ? "success" : "warning", text }, run };
  } catch (e) {
    return {
      status: {
        intent: "error",
        text: translate(locale, "checkView.failed", { message: e instanceof Error ? e.message : String(e) }),
      },
    };
  }
}

/** The findings of a run, grouped by rule; clicking a cell selects it in the workbook. */
export function FindingsList({
  findings,
  locale,
  onSelect,
}: {
  findings: readonly Finding[];
  locale: Locale;
  onSelect: (f: Finding) => void;
}) {
  const styles = useStyles();
  const groups = groupByRule(findings);
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.rule)}>
      {groups.map((g) => (
        <AccordionItem key={g.rule} value={g.rule}>
          <AccordionHeader>
            {translate(locale, "checkView.group", { rule: ruleName(g.rule, locale), count: g.findings.length })}
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list} data-rule={g.rule}>
              {g.findings.slice(0, SHOWN_PER_RULE).map((f) => (
                <li key={`${f.sheet}!${f.cell}:${f.key}`}>
                  <Link as="button" onClick={() => onSelect(f)}>
                    {f.cell}
                  </Link>{" "}
                  <Badge size="small" appearance="tint" color={BADGE_COLOR[f.severity]}>
                    {severityName(f.severity, locale)}
                  </Badge>{" "}
                  {findingMessage(f, locale)}
                </li>
              ))}
              {g.findings.length > SHOWN_PER_RULE ? <li>… +{g.findings.length - SHOWN_PER_RULE}</li> : null}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

export function CheckView() {
  const t = useT();
  const { locale, checks } = useServices();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<CheckProgress | undefined>();
  const [run, setRun] = useState<CheckRun | undefined>();
  const [status, setStatus] = useState<CheckStatus | undefined>();

  const start = async (scope: "sheet" | "selection") => {
    if (!checks) return;
    setBusy(true);
    setStatus(undefined);
    const outcome = await runCheck(checks, scope, locale, setProgress);
    setRun(outcome.run);
    setStatus(outcome.status);
    setProgress(undefined);
    setBusy(false);
  };
  const clear = async () => {
    if (!checks) return;
    setBusy(true);
    try {
      await checks.clear();
      setRun(undefined);
      setStatus({ intent: "success", text: t("checkView.cleared") });
    } catch (e) {
      setStatus({
        intent: "error",
        text: t("checkView.failed", { message: e instanceof Error ? e.message : String(e) }),
      });
    }
    setBusy(false);
  };
  const select = (f: Finding) => {
    checks?.select(f.sheet, f.cell).catch((e: unknown) =>
      setStatus({
        intent: "error",
        text: t("checkView.failed", { message: e instanceof Error ? e.message : String(e) }),
      }),
    );
  };

  return (
    <section className={styles.root} aria-label={t("view.check")}>
      <Body1>{t("checkView.intro")}</Body1>
      {checks?.notes === false ? <Caption1 data-testid="no-notes">{t("excel.noNotes")}</Caption1> : null}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || !checks} onClick={() => void start("sheet")}>
          {t("checkView.run")}
        </Button>
        <Button disabled={busy || !checks} onClick={() => void start("selection")}>
          {t("checkView.runSelection")}
        </Button>
        <Button disabled={busy || !checks} onClick={() => void clear()}>
          {t("checkView.clear")}
        </Button>
      </div>
      {progress ? (
        <Field label={progressText(progress, locale)}>
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} />
        </Field>
      ) : null}
      {status ? (
        <MessageBar intent={status.intent}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {run && run.findings.length > 0 ? (
        <FindingsList findings={run.findings} locale={locale} onSelect={select} />
      ) : null}
    </section>
  );
}
