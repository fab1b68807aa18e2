/**
 * GA4's default channel group, from source and medium, following Google's published rules,
 * in their order (the first channel whose rule matches wins; matching ignores case):
 * https://support.google.com/analytics/answer/9756891 ("[GA4] Default channel group").
 * Google matches sources against its own lists of search, social, shopping and video
 * sites; the lists below hold the best-known of each. The rules that need the campaign
 * name or the ad network (Cross-network, campaign-named shopping) cannot apply to
 * source/medium alone and are left out. Regexes avoid backslashes ([.] for a dot), so one
 * text reads alike in every SQL dialect's string literal.
 */
export type Field = "source" | "medium";

export type Condition =
  | { readonly field: Field; readonly regex: string }
  | { readonly any: readonly Condition[] }
  | { readonly all: readonly Condition[] };

const site = (names: readonly string[]): string => `^(.*[.])?(${names.join("|")})([.][a-z.]+)?$`;
const SEARCH = site([
  "google",
  "bing",
  "baidu",
  "yahoo",
  "duckduckgo",
  "yandex",
  "naver",
  "sogou",
  "so",
  "ecosia",
  "search[.]yahoo",
  "m[.]baidu",
  "sm",
]);
const SOCIAL = site([
  "facebook",
  "fb",
  "instagram",
  "linkedin",
  "lnkd",
  "twitter",
  "t[.]co",
  "x",
  "pinterest",
  "reddit",
  "tiktok",
  "weibo",
  "wechat",
  "weixin",
  "douyin",
  "xiaohongshu",
  "quora",
  "snapchat",
  "vk",
  "zhihu",
  "line",
  "kakao",
]);
const VIDEO = site(["youtube", "vimeo", "bilibili", "youku", "iqiyi", "twitch", "dailymotion", "ixigua"]);
const SHOPPING = site([
  "amazon",
  "ebay",
  "etsy",
  "shopify",
  "taobao",
  "tmall",
  "jd",
  "walmart",
  "alibaba",
  "aliexpress",
  "pinduoduo",
  "rakuten",
]);
const PAID = "^(.*cp.*|ppc|retargeting|paid.*)$";

const src = (regex: string): Condition => ({ field: "source", regex });
const med = (regex: string): Condition => ({ field: "medium", regex });

export const DEFAULT_CHANNEL_GROUP: readonly { readonly channel: string; readonly when: Condition }[] = [
  { channel: "Direct", when: { all: [src("^[(]direct[)]$"), med("^([(]not set[)]|[(]none[)])$")] } },
  { channel: "Paid Shopping", when: { all: [src(SHOPPING), med(PAID)] } },
  { channel: "Paid Search", when: { all: [src(SEARCH), med(PAID)] } },
  { channel: "Paid Social", when: { all: [src(SOCIAL), med(PAID)] } },
  { channel: "Paid Video", when: { all: [src(VIDEO), med(PAID)] } },
  { channel: "Display", when: med("^(display|banner|expandable|interstitial|cpm)$") },
  { channel: "Paid Other", when: med(PAID) },
  { channel: "Organic Shopping", when: src(SHOPPING) },
  {
    channel: "Organic Social",
    when: { any: [src(SOCIAL), med("^(social|social-network|social-media|sm|social network|social media)$")] },
  },
  { channel: "Organic Video", when: { any: [src(VIDEO), med("^(.*video.*)$")] } },
  { channel: "Organic Search", when: { any: [src(SEARCH), med("^organic$")] } },
  { channel: "Referral", when: med("^(referral|app|link)$") },
  { channel: "Email", when: { any: [src("^(email|e-mail|e_mail|e mail)$"), med("^(email|e-mail|e_mail|e mail)$")] } },
  { channel: "Affiliates", when: med("^affiliate$") },
  { channel: "Audio", when: med("^audio$") },
  { channel: "SMS", when: { any: [src("^sms$"), med("^sms$")] } },
  { channel: "Mobile Push Notifications", when: { any: [med("(push$|mobile|notification)"), src("^firebase$")] } },
];

export const UNASSIGNED = "Unassigned";

function holds(when: Condition, values: Record<Field, string>): boolean {
  if ("all" in when) return when.all.every((c) => holds(c, values));
  if ("any" in when) return when.any.some((c) => holds(c, values));
  return new RegExp(when.regex).test(values[when.field]);
}

/** The channel group of a source and medium (as GA4 shows them: `(direct)`, `(none)`). */
export function defaultChannelGroup(source: string, medium: string): string {
  const values = { source: source.toLowerCase(), medium: medium.toLowerCase() };
  return DEFAULT_CHANNEL_GROUP.find((rule) => holds(rule.when, values))?.channel ?? UNASSIGNED;
}

/** The same rules as one SQL CASE over lower-cased `source` and `medium` expressions. */
export function channelGroupSql(
  source: string,
  medium: string,
  matches: (expr: string, regex: string) => string,
): string {
  const exprs: Record<Field, string> = { source, medium };
  const sql = (when: Condition): string => {
    if ("all" in when) return `(${when.all.map(sql).join(" AND ")})`;
    if ("any" in when) return `(${when.any.map(sql).join(" OR ")})`;
    return matches(exprs[when.field], when.regex);
  };
  const arms = DEFAULT_CHANNEL_GROUP.map((rule) => `WHEN ${sql(rule.when)} THEN '${rule.channel}'`);
  return `CASE ${arms.join(" ")} ELSE '${UNASSIGNED}' END`;
}
