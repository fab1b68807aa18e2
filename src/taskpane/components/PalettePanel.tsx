import {
  Body1,
  Button,
  ColorSwatch,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  SwatchPicker,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Theme } from "../../core/report/theme";
import { useServices, useT } from "../context";
import {
  DEFAULT_THEME,
  PALETTE_FIELDS,
  checkPaletteForm,
  loadPalette,
  paletteForm,
  paletteLabel,
  type PaletteField,
  type PaletteForm,
} from "../palette";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  input: { width: "150px" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const HEX = /^#[0-9A-Fa-f]{6}$/;
const DARK = ["#1F4E78", "#2F5597", "#0B6E4F", "#7030A0", "#C00000", "#404040"];
const LIGHT = ["#C6EFCE", "#FFEB9C", "#FFC7CE", "#DDEBF7", "#E2EFDA", "#FCE4D6"];
/** Suggested colours by field: dark for fills that carry white text, light for level fills. */
const SUGGESTED: Record<Exclude<PaletteField, "series">, readonly string[]> = {
  headerFill: DARK,
  headerFont: ["#FFFFFF", "#000000", "#F2F2F2"],
  accent: DARK,
  good: LIGHT,
  neutral: LIGHT,
  bad: LIGHT,
};

/** One colour: its hex input (labelled, with the field's error) and a row of swatches to pick from. */
function ColourField(props: {
  field: Exclude<PaletteField, "series">;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const { locale } = useServices();
  const t = useT();
  const styles = useStyles();
  const label = paletteLabel(locale, props.field);
  const current = props.value.trim().toUpperCase();
  const swatches = [...new Set([...(HEX.test(current) ? [current] : []), ...SUGGESTED[props.field]])];
  return (
    <div className={styles.row}>
      <Field label={label} validationMessage={props.error} validationState={props.error ? "error" : "none"}>
        <Input
          className={styles.input}
          size="small"
          value={props.value}
          onChange={(_, data) => props.onChange(data.value)}
          data-palette-field={props.field}
        />
      </Field>
      <SwatchPicker
        aria-label={t("palette.suggested", { field: label })}
        size="extra-small"
        selectedValue={current}
        onSelectionChange={(_, data) => props.onChange(data.selectedSwatch)}
      >
        {swatches.map((c) => (
          <ColorSwatch key={c} color={c} value={c} aria-label={c} />
        ))}
      </SwatchPicker>
    </div>
  );
}

interface Status {
  readonly intent: "success" | "error" | "warning";
  readonly text: string;
}

/**
 * Colours / 配色: the workbook's palette (header fill and text, accent, level fills, chart
 * series) edited as hex values with swatches, checked by the theme's zod schema and saved in
 * the workbook (HostServices.palette); Reset removes it. Templates and the report use it.
 */
export function PalettePanel() {
  const services = useServices();
  const { locale, palette: store } = services;
  const t = useT();
  const styles = useStyles();
  const [base, setBase] = useState<Theme>(DEFAULT_THEME);
  const [form, setForm] = useState<PaletteForm>(paletteForm(DEFAULT_THEME));
  const [error, setError] = useState<{ field: PaletteField; message: string }>();
  const [status, setStatus] = useState<Status>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    loadPalette(store, locale).then(
      (loaded) => {
        if (!live) return;
        const theme = loaded.theme ?? DEFAULT_THEME;
        setBase(theme);
        setForm(paletteForm(theme));
        if (loaded.problem) setStatus({ intent: "warning", text: loaded.problem });
      },
      (e: unknown) =>
        live &&
        setStatus({
          intent: "error",
          text: t("palette.failed", { reason: e instanceof Error ? e.message : String(e) }),
        }),
    );
    return () => {
      live = false;
    };
  }, [store, locale]);

  const edit = (field: PaletteField, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    if (error?.field === field) setError(undefined);
  };

  const commit = async (reset: boolean) => {
    if (!store) return;
    const check = reset ? undefined : checkPaletteForm(form, base, locale);
    if (check && !check.ok) {
      setError(check);
      setStatus({ intent: "error", text: check.message });
      return;
    }
    setBusy(true);
    try {
      await store.save(check ? check.input : null);
      const theme = check ? check.theme : DEFAULT_THEME;
      setBase(theme);
      setForm(paletteForm(theme));
      setError(undefined);
      setStatus({ intent: "success", text: t(reset ? "palette.resetDone" : "palette.saved") });
    } catch (e) {
      setStatus({ intent: "error", text: t("palette.failed", { reason: e instanceof Error ? e.message : String(e) }) });
    }
    setBusy(false);
  };

  const seriesShown = form.series
    .split(/[,;\s]+/)
    .map((s) => s.trim().toUpperCase())
    .filter((s) => HEX.test(s));
  const errorOf = (field: PaletteField) => (error?.field === field ? error.message : undefined);
  return (
    <section className={styles.root} aria-label={t("palette.title")} data-testid="palette-panel">
      <Subtitle2 as="h2">{t("palette.title")}</Subtitle2>
      <Body1>{t("palette.intro")}</Body1>
      {PALETTE_FIELDS.filter((f) => f !== "series").map((field) => (
        <ColourField
          key={field}
          field={field as Exclude<PaletteField, "series">}
          value={form[field]}
          error={errorOf(field)}
          onChange={(v) => edit(field, v)}
        />
      ))}
      <Field
        label={paletteLabel(locale, "series")}
        validationMessage={errorOf("series")}
        validationState={errorOf("series") ? "error" : "none"}
      >
        <Input
          size="small"
          value={form.series}
          onChange={(_, data) => edit("series", data.value)}
          data-palette-field="series"
        />
      </Field>
      {seriesShown.length > 0 && (
        <SwatchPicker aria-label={paletteLabel(locale, "series")} size="extra-small" selectedValue="">
          {[...new Set(seriesShown)].map((c) => (
            <ColorSwatch key={c} color={c} value={c} aria-label={c} />
          ))}
        </SwatchPicker>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || !store} onClick={() => void commit(false)}>
          {t("palette.save")}
        </Button>
        <Button disabled={busy || !store} onClick={() => void commit(true)}>
          {t("palette.reset")}
        </Button>
      </div>
      {status && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** "Colours…": shows or hides the Colours panel, for the views that use the palette. */
export function PaletteToggle() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <div>
        <Button size="small" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {t(open ? "palette.close" : "palette.open")}
        </Button>
      </div>
      {open && <PalettePanel />}
    </>
  );
}
