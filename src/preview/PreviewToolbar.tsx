import {
  Body1Strong,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState, useSyncExternalStore, type ChangeEvent } from "react";
import { inputProblemMessage } from "../core/input-problem";
import { InputProblemError } from "../ooxml/problem";
import { useServices, useT } from "../taskpane/context";
import type { PaneTheme } from "../taskpane/theme";
import type { PreviewSession } from "./session";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexWrap: "wrap",
  },
  name: { marginRight: "auto" },
});

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Open an .xlsx from disk into the preview, download the workbook as it is now, and switch
 * between the light and dark themes (in Excel the pane follows Office's theme instead).
 */
export function PreviewToolbar({
  session,
  theme,
  onTheme,
}: {
  session: PreviewSession;
  theme: PaneTheme;
  onTheme: (theme: PaneTheme) => void;
}) {
  const styles = useStyles();
  const t = useT();
  const { locale } = useServices();
  const state = useSyncExternalStore(session.subscribe, session.snapshot);
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ intent: "success" | "error" | "warning"; text: string } | null>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    try {
      await session.open(file.name, await file.arrayBuffer());
      setStatus({ intent: "success", text: t("preview.opened", { file: file.name }) });
    } catch (e) {
      setStatus({
        intent: "error",
        text: t("preview.openFailed", {
          file: file.name,
          reason:
            e instanceof InputProblemError
              ? inputProblemMessage(e.problem, locale)
              : e instanceof Error
                ? e.message
                : String(e),
        }),
      });
    }
  }

  async function onDownload() {
    // The document is the opened file (or a new workbook) with every plan written into it by
    // the package writer: nothing in it is lost, so there is nothing to warn about.
    let bytes: Uint8Array;
    try {
      bytes = await session.save();
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      setStatus({ intent: "error", text: t("preview.downloadFailed", { file: state.fileName, reason }) });
      return;
    }
    const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: XLSX_MIME }));
    const link = document.createElement("a");
    link.href = url;
    link.download = state.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <div className={styles.root}>
      <div className={styles.name}>
        <Body1Strong data-testid="file-name">{state.fileName}</Body1Strong>
        <Caption1 block>{t("preview.notice")}</Caption1>
      </div>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm"
        hidden
        onChange={onFile}
        data-testid="open-input"
        aria-label={t("preview.open")}
      />
      <Switch
        label={t("preview.darkTheme")}
        checked={theme === "dark"}
        onChange={(_, data) => onTheme(data.checked ? "dark" : "light")}
        data-testid="dark-theme"
      />
      <Button onClick={() => input.current?.click()}>{t("preview.open")}</Button>
      <Button appearance="primary" onClick={onDownload} data-testid="download">
        {t("preview.download")}
      </Button>
      {status && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
