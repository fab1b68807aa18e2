import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { isCellError } from "../../src/core/errors";
import { fitHoltWinters } from "../../src/core/monitor/holt-winters";
import { forecastAhead } from "../../src/core/monitor/forecast";
import { pace, type Pace } from "../../src/core/monitor/pace";
import type { SeriesDay } from "../../src/core/monitor/series";
import type { WorkbookPlan } from "../../src/core/plan";
import { dateToSerial } from "../../src/core/sheet/dates";
import { buildTemplatesPlan } from "../../src/core/templates";
import { MONITOR_CELLS as C, monitorLayout } from "../../src/core/templates/analysis/monitor";
import { t } from "../../src/i18n/catalog";
import type { Locale } from "../../src/i18n/locale";
import { planToXlsx } from "../../src/xlsx/plan-file";
import { cellText, computed, readXlsx, recalculate } from "../helpers/libreoffice";

/**
 * The campaign monitor recalculated by LibreOffice (one soffice run): the pacing panel's
 * native formulas equal core's pace() (run rate) on the inputs read back from the
 * recalculated sheet, to 1e-9, for the sample in both languages, the blank sheet, and the
 * sample edited (a missing day, a later "today", a higher target).
 *
 * FORECAST.ETS / FORECAST.ETS.CONFINT are written with their `_xlfn.` prefix (future
 * functions), so LibreOffice computes the forecast columns of the package as written; the
 * English sample shows what they compute and how they compare with core's Holt-Winters.
 */

const dir = mkdtempSync(join(tmpdir(), "mkt-monitor-"));
const books: Record<string, ExcelJS.Workbook> = {};
const SHEET = { en: "Campaign monitor", zh: "活动监控表" };

function editedPlan(): WorkbookPlan {
  const plan = buildTemplatesPlan(["monitor"], { locale: "en-US", sample: true });
  return {
    sheets: [
      ...plan.sheets,
      {
        target: { existing: SHEET.en },
        cells: [
          { at: "B11", rows: [[null]] }, // day 10 not reported: a missing day
          { at: "J1", rows: [[16000]] },
          { at: "J4", rows: [[{ date: "2026-03-24" }]] }, // two more days elapsed, not reported
        ],
      },
    ],
  };
}

beforeAll(async () => {
  const plans: Record<string, WorkbookPlan> = {
    en: buildTemplatesPlan(["monitor"], { locale: "en-US", sample: true }),
    zh: buildTemplatesPlan(["monitor"], { locale: "zh-CN", sample: true }),
    blank: buildTemplatesPlan(["monitor"], { locale: "zh-CN", sample: false }),
    edited: editedPlan(),
  };
  const paths: string[] = [];
  for (const [name, plan] of Object.entries(plans)) {
    const path = join(dir, `${name}.xlsx`);
    writeFileSync(path, (await planToXlsx(plan)).bytes);
    paths.push(path);
  }
  const outs = await recalculate(paths);
  for (const [i, name] of Object.keys(plans).entries()) books[name] = await readXlsx(outs[i]);
}, 240_000);

const serial = (v: unknown): number => (v instanceof Date ? dateToSerial(v) : (v as number));
const num = (ws: ExcelJS.Worksheet, a: string) => computed(ws, a) as number;

/** The days, target, start, end and today as the recalculated sheet holds them, paced by core. */
function corePace(ws: ExcelJS.Worksheet, last: number): Pace {
  const days: SeriesDay[] = [];
  for (let r = 2; r <= last; r++) {
    const date = computed(ws, `A${r}`);
    if (date === "" || date === null || date === undefined) continue;
    const v = computed(ws, `B${r}`);
    days.push({ date: serial(date), value: typeof v === "number" ? v : null, row: r });
  }
  const today = serial(computed(ws, C.today));
  const p = pace({
    days: days.filter((d) => d.date < today),
    target: num(ws, C.target),
    start: serial(computed(ws, C.start)),
    end: serial(computed(ws, C.end)),
    method: "run_rate",
    today,
  });
  if (isCellError(p)) throw new Error(p.message);
  return p;
}

const STATUS_KEY = {
  onTrack: "tpl.monitor.status.onTrack",
  atRisk: "tpl.monitor.status.atRisk",
  offTrack: "tpl.monitor.status.offTrack",
} as const;

describe.each([
  ["en", "en-US", SHEET.en],
  ["zh", "zh-CN", SHEET.zh],
  ["edited", "en-US", SHEET.en],
] as const)("the %s monitor's pacing panel", (book, locale: Locale, name) => {
  it("equals core's run-rate pacing of the same days", () => {
    const ws = books[book].getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    const p = corePace(ws, monitorLayout(true).last);
    const close = (a: string, v: number | undefined) => expect(num(ws, a)).toBeCloseTo(v ?? NaN, 9);
    close(C.campaignDays, p.campaignDays);
    close(C.elapsed, p.daysElapsed);
    close(C.left, p.daysLeft);
    close(C.missing, p.missingDays);
    close(C.actual, p.actual);
    close(C.runRate, p.currentDaily);
    close(C.projectedRunRate, p.projected);
    close(C.projected, p.projected);
    close(C.share, p.share);
    close(C.needed, p.neededDaily);
    expect(cellText(ws, C.status)).toBe(t(locale, STATUS_KEY[p.status]));
    if (book === "edited") expect([p.missingDays, p.daysElapsed, p.status]).toEqual([3, 23, "offTrack"]);
    if (book !== "edited") expect(p.status).toBe("atRisk");
  });
});

it("the blank monitor computes nothing until start, end and target are typed", () => {
  const ws = books.blank.getWorksheet(SHEET.zh);
  if (!ws) throw new Error("no blank sheet");
  for (const a of [C.today, C.campaignDays, C.projected, C.status, "A2", "C2", "D2"]) expect(cellText(ws, a)).toBe("");
});

describe("FORECAST.ETS columns (with the _xlfn. prefix)", () => {
  const ws = () => {
    const s = books.en.getWorksheet(SHEET.en);
    if (!s) throw new Error("no monitor sheet");
    return s;
  };

  it("forecast every day ahead with a band around it, close to core's Holt-Winters", () => {
    const s = ws();
    const today = serial(computed(s, C.today));
    const history: number[] = [];
    let firstAhead = 0;
    for (let r = 2; r <= monitorLayout(true).last; r++) {
      if (serial(computed(s, `A${r}`)) < today) history.push(num(s, `B${r}`));
      else if (firstAhead === 0) firstAhead = r;
    }
    const ours = forecastAhead(fitHoltWinters(history, 7), monitorLayout(true).last - firstAhead + 1, 0.95);
    const rows = ours.map((p, i) => {
      const r = firstAhead + i;
      const [f, lo, hi] = [num(s, `D${r}`), num(s, `E${r}`), num(s, `F${r}`)];
      expect(lo).toBeLessThan(f);
      expect(hi).toBeGreaterThan(f);
      expect(Math.abs(f / p.forecast - 1)).toBeLessThan(0.1);
      return { r, libreoffice: Math.round(f * 10) / 10, core: Math.round(p.forecast * 10) / 10 };
    });
    // The figures compared, for the documentation's closing note.
    writeFileSync(join(dir, "ets-vs-core.json"), JSON.stringify(rows));
    const projected = num(s, C.projectedForecast);
    const sumAhead = rows.reduce((a, r) => a + num(s, `D${r.r}`), 0);
    expect(projected).toBeCloseTo(num(s, C.actual) + sumAhead, 6);
  });

  it("flags exactly the past days outside their one-step band", () => {
    const s = ws();
    const today = serial(computed(s, C.today));
    let flagged = 0;
    for (let r = 2; r <= monitorLayout(true).last; r++) {
      const d = computed(s, `D${r}`);
      const outside =
        typeof d === "number" &&
        serial(computed(s, `A${r}`)) < today &&
        (num(s, `B${r}`) < num(s, `E${r}`) || num(s, `B${r}`) > num(s, `F${r}`));
      expect(cellText(s, `G${r}`)).toBe(outside ? "outside band" : "");
      if (outside) flagged++;
    }
    expect(flagged).toBeGreaterThan(0); // the sample's spike on 18 March
  });
});
