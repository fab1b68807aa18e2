import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useServices, useT } from "../context";
import { functionReference } from "../functions-reference";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: "break-all" },
  example: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** A short reference of every MKT function, each example insertable into the active cell. */
export function FunctionsView() {
  const styles = useStyles();
  const t = useT();
  const services = useServices();
  const [status, setStatus] = useState<{ intent: "success" | "error"; text: string } | null>(null);

  async function insert(example: string) {
    try {
      const cell = await services.insertFormula(example);
      setStatus({ intent: "success", text: t("fn.inserted", { cell }) });
    } catch (e) {
      setStatus({
        intent: "error",
        text: t("fn.insertFailed", { reason: e instanceof Error ? e.message : String(e) }),
      });
    }
  }

  return (
    <section className={styles.root} aria-label={t("view.functions")}>
      <Body1>{t("fn.intro")}</Body1>
      {status && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {functionReference.map((fn) => (
        <Card key={fn.id} data-function={fn.id} size="small">
          <CardHeader
            header={<Text weight="semibold">MKT.{fn.id}</Text>}
            description={<span className={styles.code}>{fn.syntax}</span>}
          />
          <Body1>{t(fn.summary)}</Body1>
          <div className={styles.example}>
            <Caption1>{t("fn.example")}:</Caption1>
            <code className={styles.code}>{fn.example}</code>
            <Caption1>→ {t(fn.exampleResult)}</Caption1>
            <Button
              size="small"
              onClick={() => insert(fn.example)}
              aria-label={t("fn.insertLabel", { example: fn.example })}
            >
              {t("fn.insert")}
            </Button>
          </div>
        </Card>
      ))}
    </section>
  );
}
