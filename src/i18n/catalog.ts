import { interpolate, type MessageParams } from "./format";
import type { Locale } from "./locale";
import { cellMessagesEn, cellMessagesZh } from "./cell-messages";
import { uiMessagesEn, uiMessagesZh } from "./messages/ui";
import { checkMessagesEn, checkMessagesZh } from "./messages/checks";
import { templateMessagesEn, templateMessagesZh } from "./messages/templates";
import { previewMessagesEn, previewMessagesZh } from "./messages/preview";
import { functionsRefMessagesEn, functionsRefMessagesZh } from "./messages/functions-ref";
import { attributionViewMessagesEn, attributionViewMessagesZh } from "./messages/attribution-view";
import { abTemplateMessagesEn, abTemplateMessagesZh } from "./messages/ab-template";
import { abtestViewMessagesEn, abtestViewMessagesZh } from "./messages/abtest-view";
import { analysisTemplateMessagesEn, analysisTemplateMessagesZh } from "./messages/analysis-templates";
import { appraisalMessagesEn, appraisalMessagesZh } from "./messages/appraisal";
import { excelMessagesEn, excelMessagesZh } from "./messages/excel";
import { limitMessagesEn, limitMessagesZh } from "./messages/limits";
import { reportMessagesEn, reportMessagesZh } from "./messages/report";
import { paletteMessagesEn, paletteMessagesZh } from "./messages/palette";
import { reportMixMessagesEn, reportMixMessagesZh } from "./messages/report-mix";
import { monitorTemplateMessagesEn, monitorTemplateMessagesZh } from "./messages/monitor-template";
import { monitorViewMessagesEn, monitorViewMessagesZh } from "./messages/monitor-view";

/**
 * The one message catalogue. Each concern adds its own `messages/*.ts` pair (English
 * source with `as const`, Chinese typed against its keys) and spreads it here, so a key
 * missing in either language is a compile error.
 */
const en = {
  ...cellMessagesEn,
  ...uiMessagesEn,
  ...checkMessagesEn,
  ...templateMessagesEn,
  ...previewMessagesEn,
  ...functionsRefMessagesEn,
  ...attributionViewMessagesEn,
  ...abTemplateMessagesEn,
  ...abtestViewMessagesEn,
  ...analysisTemplateMessagesEn,
  ...appraisalMessagesEn,
  ...excelMessagesEn,
  ...limitMessagesEn,
  ...reportMessagesEn,
  ...paletteMessagesEn,
  ...reportMixMessagesEn,
  ...monitorTemplateMessagesEn,
  ...monitorViewMessagesEn,
} as const;
export type MessageKey = keyof typeof en;
const zh: Record<MessageKey, string> = {
  ...cellMessagesZh,
  ...uiMessagesZh,
  ...checkMessagesZh,
  ...templateMessagesZh,
  ...previewMessagesZh,
  ...functionsRefMessagesZh,
  ...attributionViewMessagesZh,
  ...abTemplateMessagesZh,
  ...abtestViewMessagesZh,
  ...analysisTemplateMessagesZh,
  ...appraisalMessagesZh,
  ...excelMessagesZh,
  ...limitMessagesZh,
  ...reportMessagesZh,
  ...paletteMessagesZh,
  ...reportMixMessagesZh,
  ...monitorTemplateMessagesZh,
  ...monitorViewMessagesZh,
};

const catalogues: Record<Locale, Record<MessageKey, string>> = { "en-US": en, "zh-CN": zh };

export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return interpolate(catalogues[locale][key], params);
}

export function catalogue(locale: Locale): Readonly<Record<MessageKey, string>> {
  return catalogues[locale];
}
