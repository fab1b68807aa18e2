import type { TemplateInput } from "../schema";
import { ACHIEVEMENT_REVISED, LOWER } from "./achievement-formula";
import { APPRAISAL_SAMPLE } from "./appraisal-sample";

/** SUMIFS / COUNTIFS criterion that matches every number and nothing else. */
const ANY_NUMBER = `">-1E+300"`;
const OWN = (key: string) => `COUNTIFS({person[]},{person},{${key}[]},${ANY_NUMBER})`;
const MEAN = (key: string) => `SUMIFS({${key}[]},{person[]},{person})/${OWN(key)}`;
const COUNTED_WEIGHT = `SUMIFS({weightUsed[]},{person[]},{person},{scored[]},${ANY_NUMBER})`;

const PERCENT_LIMITS = { whole: false, min: 0, max: 1, message: "tpl.validation.weight" } as const;
const SCORE_LIMITS = { whole: true, min: 1, max: 5, message: "tpl.validation.score" } as const;

/**
 * 绩效考核表: one row per person (or team) and KPI. Rules, the same as MKT.SCORE's
 * (core/appraisal/score):
 * - achievement is core's `achievement` against the revised target when there is one,
 *   else the original (shown beside it);
 * - each KPI counts at most the cap on the panel (150%; blank or 0: no cap);
 * - a KPI with no target or in its incubation period (培育期) drops out and the person's
 *   other weights are rescaled; weights (typed, or the activity type's profile on the
 *   panel when left blank) must add up to 100% per person, else the KPI score is #VALUE!;
 *   a KPI with a target but no actual yet makes it #N/A;
 * - per-person columns are filled on the person's first row only, so RANK.EQ counts each
 *   person once; the KPI score drives the bonus ladder (completion, 完成度) and the review
 *   flag (two periods below the first rung in a row); the total blends it with the
 *   qualitative score (own, else the qualitative scorecard's total) and drives the rank.
 * - rank is RANK.EQ: equal totals share a rank and the next rank is skipped (1, 2, 2, 4),
 *   so a tie at third place highlights more than three people; the blanks of other rows
 *   are text, which RANK.EQ ignores ("Non-numeric values in reference are ignored":
 *   https://learn.microsoft.com/office/vba/api/excel.worksheetfunction.rank_eq).
 * - LibreOffice's IFERROR passes on INDIRECT's #REF!, so the panel guards INDIRECT with
 *   ISERROR instead; IFNA and other post-2007 functions are avoided or, like RANK.EQ,
 *   written to files with their _xlfn. prefix (src/xlsx/plan/cells.ts).
 */
export const appraisal: TemplateInput = {
  id: "appraisal",
  sheet: "tpl.appraisal.sheet",
  description: "tpl.appraisal.description",
  tableName: "Appraisal",
  panel: "appraisal",
  columns: [
    { key: "person", header: "tpl.ap.col.person", kind: "text", width: 14 },
    {
      key: "role",
      header: "tpl.ap.col.role",
      kind: "choice",
      width: 11,
      choices: [
        "tpl.ap.role.planner",
        "tpl.ap.role.executor",
        "tpl.ap.role.analyst",
        "tpl.ap.role.sales",
        "tpl.ap.role.service",
      ],
    },
    {
      key: "activityType",
      header: "tpl.ap.col.activityType",
      kind: "choice",
      width: 14,
      choices: ["tpl.ap.type.routine", "tpl.ap.type.strategic", "tpl.ap.type.adhoc"],
    },
    { key: "kpi", header: "tpl.ap.col.kpi", kind: "text", width: 16 },
    {
      key: "direction",
      header: "tpl.col.direction",
      kind: "choice",
      width: 10,
      choices: ["tpl.choice.higher", "tpl.choice.lower"],
    },
    { key: "weight", header: "tpl.ap.col.weight", kind: "percent", width: 12, limits: PERCENT_LIMITS },
    {
      key: "weightUsed",
      header: "tpl.ap.col.weightUsed",
      kind: "computed",
      width: 10,
      result: "percent",
      compute: { fn: "weightUsed", args: ["person", "kpi", "weight", "activityType"] },
      formula:
        `=IF(OR({person}="",{kpi}=""),"",IF(ISNUMBER({weight}),{weight},` +
        `IFERROR(INDEX({@profileWeights},MATCH({kpi},{@profileKpis},0),MATCH({activityType},{@profileTypes},0))*1,"")))`,
    },
    { key: "target", header: "tpl.ap.col.target", kind: "number", width: 12 },
    { key: "revisedTarget", header: "tpl.col.revisedTarget", kind: "number", width: 12 },
    { key: "revisionDate", header: "tpl.col.revisionDate", kind: "date", width: 12 },
    { key: "revisionReason", header: "tpl.col.revisionReason", kind: "text", width: 22 },
    { key: "actual", header: "tpl.col.actual", kind: "number", width: 12 },
    {
      key: "incubation",
      header: "tpl.ap.col.incubation",
      kind: "choice",
      width: 10,
      choices: ["tpl.choice.yes", "tpl.choice.no"],
    },
    {
      key: "achievementOriginal",
      header: "tpl.ap.col.achievementOriginal",
      kind: "computed",
      width: 12,
      result: "percent",
      compute: { fn: "achievement", args: ["actual", "target", "direction"] },
      formula: `=IF(OR({actual}="",{target}=""),"",IF(${LOWER},1-({actual}-{target})/ABS({target}),1+({actual}-{target})/ABS({target})))`,
    },
    {
      key: "achievement",
      header: "tpl.ap.col.achievement",
      kind: "computed",
      width: 11,
      result: "percent",
      compute: { fn: "achievementRevised", args: ["actual", "revisedTarget", "target", "direction"] },
      formula: ACHIEVEMENT_REVISED,
    },
    {
      key: "scored",
      header: "tpl.ap.col.scored",
      kind: "computed",
      width: 12,
      result: "percent",
      compute: {
        fn: "scored",
        args: ["person", "weightUsed", "revisedTarget", "target", "incubation", "actual", "achievement"],
      },
      formula:
        `=IF(OR({person}="",{weightUsed}=""),"",IF(OR(AND({revisedTarget}="",{target}=""),{incubation}={#tpl.choice.yes}),"",` +
        `IF({actual}="",NA(),IF(N({@cap})>0,MIN({achievement},{@cap}),{achievement}))))`,
    },
    {
      key: "weighted",
      header: "tpl.ap.col.weighted",
      kind: "computed",
      width: 10,
      result: "percent",
      compute: { fn: "weightedPoints", args: ["scored", "weightUsed"] },
      formula: `=IF({scored}="","",{weightUsed}*{scored})`,
    },
    {
      key: "quantScore",
      header: "tpl.ap.col.quantScore",
      kind: "computed",
      width: 10,
      result: "percent",
      compute: { fn: "personScore", args: ["person", "weightUsed", "scored", "weighted"] },
      formula:
        `=IF({person}="","",IF(COUNTIF({person[^]},{person})>1,"",` +
        `IF(ABS(SUMIFS({weightUsed[]},{person[]},{person})-1)>0.000001,VALUE("weights"),` +
        `IF(${COUNTED_WEIGHT}=0,NA(),SUMIFS({weighted[]},{person[]},{person})/${COUNTED_WEIGHT}))))`,
    },
    { key: "qualitative", header: "tpl.ap.col.qualitative", kind: "number", width: 11, limits: SCORE_LIMITS },
    {
      key: "qualUsed",
      header: "tpl.ap.col.qualUsed",
      kind: "computed",
      width: 10,
      result: "ratio",
      compute: { fn: "qualitativeUsed", args: ["quantScore", "person", "qualitative"] },
      formula: `=IF(ISNUMBER({quantScore}),IF(${OWN("qualitative")}>0,${MEAN("qualitative")},{@qualCampaign}),"")`,
    },
    {
      key: "totalScore",
      header: "tpl.ap.col.totalScore",
      kind: "computed",
      width: 10,
      result: "percent",
      compute: { fn: "totalScore", args: ["quantScore", "qualUsed"] },
      formula:
        `=IF(ISNUMBER({quantScore}),IF(ISNUMBER({qualUsed}),` +
        `{@split}*{quantScore}+(1-{@split})*{qualUsed}/{@fullMarks},{quantScore}),"")`,
    },
    {
      key: "multiplier",
      header: "tpl.ap.col.multiplier",
      kind: "computed",
      width: 10,
      result: "ratio",
      compute: { fn: "multiplier", args: ["quantScore"] },
      formula:
        `=IF(ISNUMBER({quantScore}),IF({quantScore}<{@firstRung},0,` +
        `LOOKUP({quantScore},{@ladderThresholds},{@ladderMultipliers})),"")`,
    },
    {
      key: "rank",
      header: "tpl.ap.col.rank",
      kind: "computed",
      width: 9,
      result: "integer",
      compute: { fn: "rankEq", args: ["totalScore"] },
      formula: `=IF(ISNUMBER({totalScore}),RANK.EQ({totalScore},{totalScore[]},0),"")`,
    },
    { key: "prevScore", header: "tpl.ap.col.prevScore", kind: "percent", width: 11 },
    {
      key: "review",
      header: "tpl.ap.col.review",
      kind: "computed",
      width: 18,
      result: "text",
      compute: { fn: "review", args: ["quantScore", "person", "prevScore"] },
      formula:
        `=IF(ISNUMBER({quantScore}),IF(AND({quantScore}<{@firstRung},${OWN("prevScore")}>0),` +
        `IF(${MEAN("prevScore")}<{@firstRung},{#tpl.ap.reviewFlag},""),""),"")`,
    },
  ],
  sample: APPRAISAL_SAMPLE,
  blankRows: 12,
  highlights: [
    { columns: ["review"], tone: "bad", formula: `=LEN({$review})>0` },
    { columns: ["person", "totalScore", "rank"], tone: "good", formula: `=AND(ISNUMBER({$rank}),{$rank}<=3)` },
  ],
};
