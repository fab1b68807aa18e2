import { interpolate, type MessageParams } from "./format";
import type { Locale } from "./locale";
import { analysisMessagesEn, analysisMessagesZh } from "./messages/analysis";
import { attributionMessagesEn, attributionMessagesZh } from "./messages/attribution";
import { errorMessagesEn, errorMessagesZh } from "./messages/errors";
import { statsMessagesEn, statsMessagesZh } from "./messages/stats";
import { scoreMessagesEn, scoreMessagesZh } from "./messages/score";
import { monitorMessagesEn, monitorMessagesZh } from "./messages/monitor";

/**
 * The messages a cell can show: cell errors and what MKT.ATTRIBUTE and the statistics functions spill. Kept apart from
 * the task pane's strings so the custom-functions bundle, which Excel loads before any
 * formula can calculate, carries only these. Part of the one catalogue (./catalog).
 */
export const cellMessagesEn = {
  ...errorMessagesEn,
  ...attributionMessagesEn,
  ...statsMessagesEn,
  ...analysisMessagesEn,
  ...scoreMessagesEn,
  ...monitorMessagesEn,
} as const;
export type CellMessageKey = keyof typeof cellMessagesEn;
export const cellMessagesZh: Record<CellMessageKey, string> = {
  ...errorMessagesZh,
  ...attributionMessagesZh,
  ...statsMessagesZh,
  ...analysisMessagesZh,
  ...scoreMessagesZh,
  ...monitorMessagesZh,
};

export function cellText(locale: Locale, key: CellMessageKey, params?: MessageParams): string {
  return interpolate((locale === "zh-CN" ? cellMessagesZh : cellMessagesEn)[key], params);
}
