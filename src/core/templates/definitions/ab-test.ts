import type { AbTemplateMessageKey } from "../../../i18n/messages/ab-template";
import type { TemplateInput } from "../schema";

/*
 * A/B测试分析表: every figure in native formulas (NORM.S.INV, NORM.S.DIST, SQRT, IF), so the
 * sheet computes in Excel and LibreOffice without the add-in. Each formula mirrors core's
 * stats/abtest with its defaults (compute-stats.ts holds the cached values):
 * - Wilson score interval per rate, 0 and 1 exact at 0 and n conversions;
 * - Newcombe's hybrid score interval for the difference (variant - control), from the
 *   Wilson bounds of the same row;
 * - pooled two-proportion z and its two-sided p-value (= CHISQ.TEST on the 2x2 table);
 * - split check: the chi-square test of an equal split, whose one degree of freedom makes
 *   it 2·Φ(-|z|) with z = (variant visitors - N/2) / sqrt(N/4);
 * - verdict: split broken (p < 0.001), insufficient sample (fewer than 5 conversions or
 *   non-conversions in an arm), significant lift or drop (p < alpha), not significant.
 */

const ALPHA = `IF({alpha}="",0.05,{alpha})`;
const Z = `NORM.S.INV(1-${ALPHA}/2)`;
const ANY_BLANK = `OR({controlConversions}="",{controlVisitors}="",{variantConversions}="",{variantVisitors}="")`;
const WHOLE = (k: string) => `ISNUMBER({${k}}),{${k}}>=0,INT({${k}})={${k}}`;
const VALID =
  `AND(${WHOLE("controlConversions")},${WHOLE("controlVisitors")},${WHOLE("variantConversions")},` +
  `${WHOLE("variantVisitors")},{controlConversions}<={controlVisitors},{variantConversions}<={variantVisitors},` +
  `{controlVisitors}>0,{variantVisitors}>0,ISNUMBER(${ALPHA}),${ALPHA}>0,${ALPHA}<1)`;
const GUARD = (body: string) => `=IF(NOT(${VALID}),"",${body})`;

/** Wilson bounds for x of n at the row's Z: centre ∓ half-width, clamped, exact at the ends. */
const CENTRE = (x: string, n: string) => `({${x}}+${Z}^2/2)/({${n}}+${Z}^2)`;
const HALF = (x: string, n: string) => `${Z}/({${n}}+${Z}^2)*SQRT({${x}}*({${n}}-{${x}})/{${n}}+${Z}^2/4)`;
const LOWER = (x: string, n: string) => GUARD(`IF({${x}}=0,0,MAX(0,${CENTRE(x, n)}-${HALF(x, n)}))`);
const UPPER = (x: string, n: string) => GUARD(`IF({${x}}={${n}},1,MIN(1,${CENTRE(x, n)}+${HALF(x, n)}))`);

const POOLED = `(({controlConversions}+{variantConversions})/({controlVisitors}+{variantVisitors}))`;
const TOTAL = `({controlVisitors}+{variantVisitors})`;

const computed = (key: AbColumn, result: "percent" | "number" | "text", formula: string, width = 11) => ({
  key,
  header: `tpl.col.${key}` as AbTemplateMessageKey,
  kind: "computed" as const,
  width,
  result,
  formula,
  compute: {
    fn: "abTest" as const,
    args: ["controlConversions", "controlVisitors", "variantConversions", "variantVisitors", "alpha"],
    part: key,
  },
});

type AbColumn = Extract<AbTemplateMessageKey, `tpl.col.${string}`> extends `tpl.col.${infer K}` ? K : never;

const COUNT_LIMITS = { whole: true, min: 0, max: 1e12, message: "tpl.validation.count" } as const;

const V = (k: string) => `{#stats.verdict.${k}}`;

export const abTest: TemplateInput = {
  id: "ab-test",
  sheet: "tpl.abTest.sheet",
  description: "tpl.abTest.description",
  tableName: "AbTests",
  columns: [
    { key: "test", header: "tpl.col.test", kind: "text", width: 18 },
    { key: "metric", header: "tpl.col.metric", kind: "text", width: 16 },
    {
      key: "controlConversions",
      header: "tpl.col.controlConversions",
      kind: "integer",
      width: 12,
      limits: COUNT_LIMITS,
    },
    { key: "controlVisitors", header: "tpl.col.controlVisitors", kind: "integer", width: 12, limits: COUNT_LIMITS },
    {
      key: "variantConversions",
      header: "tpl.col.variantConversions",
      kind: "integer",
      width: 12,
      limits: COUNT_LIMITS,
    },
    { key: "variantVisitors", header: "tpl.col.variantVisitors", kind: "integer", width: 12, limits: COUNT_LIMITS },
    {
      key: "alpha",
      header: "tpl.col.alpha",
      kind: "number",
      width: 10,
      limits: { whole: false, min: 0.001, max: 0.5, message: "tpl.validation.alpha" },
    },
    computed("controlRate", "percent", GUARD(`{controlConversions}/{controlVisitors}`)),
    computed("controlLower", "percent", LOWER("controlConversions", "controlVisitors")),
    computed("controlUpper", "percent", UPPER("controlConversions", "controlVisitors")),
    computed("variantRate", "percent", GUARD(`{variantConversions}/{variantVisitors}`)),
    computed("variantLower", "percent", LOWER("variantConversions", "variantVisitors")),
    computed("variantUpper", "percent", UPPER("variantConversions", "variantVisitors")),
    computed("difference", "percent", GUARD(`{variantRate}-{controlRate}`)),
    computed(
      "diffLower",
      "percent",
      GUARD(`{difference}-SQRT(({variantRate}-{variantLower})^2+({controlUpper}-{controlRate})^2)`),
    ),
    computed(
      "diffUpper",
      "percent",
      GUARD(`{difference}+SQRT(({variantUpper}-{variantRate})^2+({controlRate}-{controlLower})^2)`),
    ),
    computed(
      "z",
      "number",
      GUARD(
        `IF(OR(${POOLED}=0,${POOLED}=1),"",({variantRate}-{controlRate})/` +
          `SQRT(${POOLED}*(1-${POOLED})*(1/{controlVisitors}+1/{variantVisitors})))`,
      ),
      9,
    ),
    computed("p", "number", GUARD(`IF({z}="","",2*NORM.S.DIST(-ABS({z}),TRUE))`), 10),
    computed("srmP", "number", GUARD(`2*NORM.S.DIST(-ABS(({variantVisitors}-${TOTAL}/2)/SQRT(${TOTAL}/4)),TRUE)`), 12),
    computed(
      "verdict",
      "text",
      `=IF(${ANY_BLANK},"",IF(NOT(${VALID}),{#tpl.ab.invalid},IF({srmP}<0.001,${V("sample_ratio_mismatch")},` +
        `IF(OR({controlConversions}<5,{controlVisitors}-{controlConversions}<5,{variantConversions}<5,` +
        `{variantVisitors}-{variantConversions}<5),${V("insufficient_sample")},` +
        `IF({p}<${ALPHA},IF({variantRate}>{controlRate},${V("significant_lift")},${V("significant_drop")}),` +
        `${V("not_significant")})))))`,
      16,
    ),
  ],
  sample: [
    {
      test: { zh: "落地页改版", en: "New landing page" },
      metric: { zh: "注册转化率", en: "Sign-up rate" },
      controlConversions: 200,
      controlVisitors: 1000,
      variantConversions: 250,
      variantVisitors: 1000,
      alpha: 0.05,
    },
    {
      test: { zh: "优惠券文案", en: "Coupon wording" },
      metric: { zh: "下单转化率", en: "Order rate" },
      controlConversions: 5,
      controlVisitors: 83,
      variantConversions: 12,
      variantVisitors: 99,
      alpha: 0.05,
    },
    {
      test: { zh: "推送时间", en: "Push timing" },
      metric: { zh: "点击率", en: "Click rate" },
      controlConversions: 480,
      controlVisitors: 6000,
      variantConversions: 455,
      variantVisitors: 6100,
    },
  ],
  blankRows: 5,
  highlights: [
    { columns: ["verdict"], tone: "good", formula: `={$verdict}=${V("significant_lift")}` },
    { columns: ["verdict"], tone: "bad", formula: `={$verdict}=${V("significant_drop")}` },
    {
      columns: ["verdict"],
      tone: "neutral",
      formula: `=OR({$verdict}=${V("insufficient_sample")},{$verdict}=${V("sample_ratio_mismatch")})`,
    },
  ],
};
