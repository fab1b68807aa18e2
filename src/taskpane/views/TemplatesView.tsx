import {
  Body1,
  Button,
  Card,
  CardHeader,
  Checkbox,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { buildTemplatesPlan, TEMPLATE_CATALOG } from "../../core/templates";
import { t as translate } from "../../i18n/catalog";
import { LOCALES, type Locale } from "../../i18n/locale";
import { PaletteToggle } from "../components/PalettePanel";
import { TemplateCharts } from "../components/TemplateCharts";
import { useServices, useT } from "../context";
import { loadPalette } from "../palette";
import type { HostServices } from "../services";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  options: { display: "flex", gap: tokens.spacingHorizontalL, alignItems: "end", flexWrap: "wrap" },
  gallery: {
    display: "grid",
    gap: tokens.spacingVerticalS,
    gridTemplateColumns: "repeat(auto-fill, minmax(240px, 1fr))",
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

const LANGUAGE_NAMES: Record<Locale, string> = { "en-US": "English", "zh-CN": "中文" };

export interface GenerateStatus {
  readonly intent: "success" | "error";
  readonly text: string;
}

/**
 * Builds the chosen templates' plan in the workbook's palette (a bad saved palette gives the
 * default colours and says so) and asks the host to apply it; the outcome as a message in
 * the task pane's language (`uiLocale`), never a thrown error.
 */
export async function generateTemplates(
  services: Pick<HostServices, "applyPlan" | "palette">,
  ids: readonly string[],
  options: { locale: Locale; sample: boolean; uiLocale: Locale },
): Promise<GenerateStatus> {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
    translate(options.uiLocale, key, params);
  if (ids.length === 0) return { intent: "error", text: t("templates.noneSelected") };
  try {
    const { theme, problem } = await loadPalette(services.palette, options.uiLocale);
    const summary = await services.applyPlan(
      buildTemplatesPlan(ids, { locale: options.locale, sample: options.sample, ...(theme ? { theme } : {}) }),
    );
    const text = t("templates.done", { sheets: summary.sheets.map((s) => s.name).join(", ") });
    return { intent: "success", text: problem ? `${text} ${problem}` : text };
  } catch (e) {
    return { intent: "error", text: t("templates.failed", { reason: e instanceof Error ? e.message : String(e) }) };
  }
}

/** The template gallery: pick templates, language and sample rows, then generate sheets. */
export function TemplatesView() {
  const styles = useStyles();
  const t = useT();
  const services = useServices();
  const [selected, setSelected] = useState<readonly string[]>(["evaluation-summary"]);
  const [locale, setLocale] = useState<Locale>(services.locale);
  const [sample, setSample] = useState(true);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<GenerateStatus | null>(null);
  /** Templates whose charts the pane draws: in the preview, whose sheets carry no charts. */
  const [charted, setCharted] = useState<{ ids: readonly string[]; locale: Locale } | null>(null);

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => (on ? [...current.filter((x) => x !== id), id] : current.filter((x) => x !== id)));

  async function generate(ids: readonly string[]) {
    setBusy(true);
    setStatus(null);
    const order = TEMPLATE_CATALOG.map((d) => d.id).filter((id) => ids.includes(id));
    const result = await generateTemplates(services, order, { locale, sample, uiLocale: services.locale });
    setStatus(result);
    const drawn = services.kind === "preview" && sample && result.intent === "success";
    setCharted(drawn ? { ids: order, locale } : null);
    setBusy(false);
  }

  return (
    <section className={styles.root} aria-label={t("view.templates")}>
      <Body1>{t("templates.intro")}</Body1>
      <div className={styles.options}>
        <Field label={t("templates.language")}>
          <Dropdown
            value={LANGUAGE_NAMES[locale]}
            selectedOptions={[locale]}
            onOptionSelect={(_, data) => setLocale(data.optionValue === "zh-CN" ? "zh-CN" : "en-US")}
            data-testid="template-language"
          >
            {LOCALES.map((l) => (
              <Option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Switch label={t("templates.sample")} checked={sample} onChange={(_, data) => setSample(data.checked)} />
      </div>
      <div className={styles.gallery} role="group" aria-label={t("view.templates")}>
        {TEMPLATE_CATALOG.map((def) => (
          <Card key={def.id} size="small" data-template={def.id}>
            <CardHeader
              header={
                <Checkbox
                  checked={selected.includes(def.id)}
                  onChange={(_, data) => toggle(def.id, data.checked === true)}
                  label={<Text weight="semibold">{translate(services.locale, def.sheet)}</Text>}
                />
              }
            />
            <Body1>{translate(services.locale, def.description)}</Body1>
          </Card>
        ))}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => generate(selected)}>
          {t("templates.generate")}
        </Button>
        <Button disabled={busy} onClick={() => generate(TEMPLATE_CATALOG.map((d) => d.id))}>
          {t("templates.generateAll")}
        </Button>
        {busy && <Spinner size="tiny" label={t("templates.working")} />}
      </div>
      {services.palette && <PaletteToggle />}
      {status && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {charted && <TemplateCharts ids={charted.ids} locale={charted.locale} />}
    </section>
  );
}
