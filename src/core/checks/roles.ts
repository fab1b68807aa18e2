/**
 * What a column is, from its header, in Chinese or English. Order matters: the first
 * role whose pattern matches wins, so rates ("注册转化率") are told apart from the
 * counts they are made of ("注册量"), and plan dates from other dates.
 */
export type Role =
  | "elapsed"
  | "rate"
  | "achievement"
  | "growth"
  | "impressions"
  | "clicks"
  | "visits"
  | "registrations"
  | "conversions"
  | "metric"
  | "source"
  | "target"
  | "revisedTarget"
  | "revisionDate"
  | "actual"
  | "base"
  | "challenge"
  | "direction"
  | "value"
  | "plannedDate"
  | "status"
  | "startDate"
  | "endDate"
  | "date"
  | "id"
  | "owner"
  | "note";

/** The funnel, widest first: each stage may not exceed the one before it. */
export const FUNNEL: readonly Role[] = ["impressions", "clicks", "visits", "registrations", "conversions"];

/** Roles whose cells hold numbers. */
export const NUMERIC_ROLES: ReadonlySet<Role> = new Set<Role>([
  "elapsed",
  "rate",
  "achievement",
  "growth",
  "impressions",
  "clicks",
  "visits",
  "registrations",
  "conversions",
  "target",
  "revisedTarget",
  "actual",
  "base",
  "challenge",
  "value",
]);

/**
 * Numbers that place a row in time rather than measure anything: "Months since first
 * order", "Days since launch". Skewed by nature (most orders come in the first month), so
 * a far value is the calendar, not an error: never judged for outliers.
 */
export const TIME_OFFSET_ROLES: ReadonlySet<Role> = new Set<Role>(["elapsed"]);

/** Roles whose cells hold dates. */
export const DATE_ROLES: ReadonlySet<Role> = new Set<Role>([
  "plannedDate",
  "startDate",
  "endDate",
  "date",
  "revisionDate",
]);

/** Roles that are optional on every row (a revision is made on some targets only). */
export const OPTIONAL_ROLES: ReadonlySet<Role> = new Set<Role>(["note", "revisedTarget", "revisionDate"]);

const PATTERNS: ReadonlyArray<readonly [Role, RegExp]> = [
  [
    "elapsed",
    /^(hours|days|weeks|months|years) (since|after|from) |\belapsed\b|^距.+(天|周|月|年)数$|^上线后?(天|周|月)数$/,
  ],
  ["revisedTarget", /修正目标|修订目标|调整后目标|revised ?target|adjusted ?target/],
  ["revisionDate", /修正日期|修订日期|调整日期|revision ?date|date revised/],
  ["achievement", /达成率|完成率|达标率|achievement|attainment|% ?of ?target/],
  ["growth", /同比|环比|增长率|增速|变化|增幅|growth|change|yoy|mom|lift|roi|回报率|roas/],
  ["rate", /率|占比|比例|百分比|\brate\b|ratio|share|\bctr\b|\bcvr\b|%/],
  [
    "plannedDate",
    /计划完成(时间|日期)|计划(时间|日期)|截止(时间|日期)|到期|deadline|due|planned ?(date|completion)|target ?date/,
  ],
  ["startDate", /开始(时间|日期)|起始(时间|日期)|^start( ?(date|time))?$|\bstart (date|time)|^from$/],
  ["endDate", /结束(时间|日期)|终止(时间|日期)|^end( ?(date|time))?$|\bend (date|time)|^to$/],
  ["date", /日期|^时间$|完成时间|采集时间|^date|date$|^day$|^time$/],
  ["status", /状态|进度|status|state|progress/],
  ["impressions", /曝光|展示量|展现量|展示次数|impression|^impr/],
  ["clicks", /点击|click/],
  ["visits", /访问|访客|浏览量|到达|^uv$|^pv$|visit|session|landing/],
  ["registrations", /注册|sign ?-?ups?|registration|leads?$/],
  ["conversions", /转化(量|数|人数)?$|付费|支付|成交|购买|订单(量|数)|conversion|purchase|payment|paid|orders?$/],
  ["base", /基础(目标|值)|保底|base|floor|minimum/],
  ["challenge", /挑战|激励值|challenge|stretch/],
  ["target", /目标值|^目标$|^target( value)?$|^goal$|计划值/],
  ["actual", /实际值|^实际$|actual|完成值|实际完成/],
  ["direction", /方向|direction|越高越好|越低越好|polarity/],
  ["metric", /^指标(名称)?$|^关键指标$|^kpi( ?name)?$|^metric( ?name)?$|^指标名$/],
  ["source", /来源|数据源|source|platform|平台/],
  ["value", /^数值$|^值$|^指标值$|采集值|^数据$|^value$|^amount$|^count$|^数量$|^金额$/],
  [
    "id",
    /^序号$|^no\.?$|^#$|^index$|^rank$|排名|用户(id|编号|名)?$|客户(id|编号)?$|订单(号|编号|id)$|^id$|编号$|user ?(id)?$|customer ?(id)?$|order ?id|手机号/,
  ],
  ["owner", /负责人|责任人|owner|assignee|responsible/],
  ["note", /备注|说明|注释|异常分析|归因洞察|原因|依据|note|comment|remark|insight|analysis|anomal|evidence|reason/],
];

/** Headers that look like a role but are not one: a collection frequency is no rate. */
const NO_ROLE = /频率|frequency|方式|method|周期|period|时间节点/;

/** Lower-cased, without spaces, and without the trailing qualifier in brackets. */
export function splitHeader(header: string): { base: string; qualifier: string | undefined } {
  const m = /^(.*?)\s*[(（【[]\s*([^)）】\]]*)\s*[)）】\]]\s*$/.exec(header);
  const base = (m ? m[1] : header).toLowerCase().replace(/\s+/g, " ").trim();
  const qualifier = m && m[2].trim() !== "" ? m[2].trim() : undefined;
  return { base, qualifier };
}

/** The role of a header, or undefined for a column we know nothing about. */
export function roleOf(header: string): Role | undefined {
  const { base, qualifier } = splitHeader(header);
  if (base === "" || NO_ROLE.test(base)) return undefined;
  for (const [role, pattern] of PATTERNS) if (pattern.test(base)) return role;
  // "转化率(%)": the unit in brackets makes a rate.
  if (qualifier !== undefined && /^%$|百分比|percent/.test(qualifier)) return "rate";
  return undefined;
}

const LOWER_IS_BETTER =
  /成本|(?<!付)费用|花费|cac|cpc|cpm|cpa|cost|spend|跳出率|流失率|退货率|投诉|bounce|churn|refund|complaint|耗时|时长|延迟|latency/;
const HIGHER_WORDS = /^(higher|high|up|max|越高越好|越大越好|高|正向)$/;
const LOWER_WORDS = /^(lower|low|down|min|越低越好|越小越好|低|反向)$/;

/** Direction from a direction cell, if it says one. */
export function directionWord(text: string | undefined): "higher" | "lower" | undefined {
  if (text === undefined) return undefined;
  const t = text.trim().toLowerCase();
  if (HIGHER_WORDS.test(t)) return "higher";
  if (LOWER_WORDS.test(t)) return "lower";
  return undefined;
}

/** Direction a metric name implies: costs, bounce and churn are better lower. */
export function directionOfName(name: string | undefined): "higher" | "lower" {
  return name !== undefined && LOWER_IS_BETTER.test(name.toLowerCase()) ? "lower" : "higher";
}
