/** Attribution: argument errors, option errors and the spilled table's header. */
export const attributionMessagesEn = {
  "attribution.emptyPath": "{arg} is empty at row {row}: every journey needs at least one channel",
  "attribution.emptyChannel":
    '{arg} has an empty channel name at row {row} ("{value}"): check for ">>" or a ">" at either end',
  "attribution.negative": "{arg} is negative ({value}) at row {row}, column {col}",
  "attribution.blankCount": "{arg} is blank at row {row}, column {col}: enter 0 if no journey converted",
  "attribution.noRows": "{arg} has no rows to attribute",
  "attribution.noConversions": "there are no conversions to attribute (total conversions is 0)",
  "paths.badTransition": "the transitions table cannot be read: {detail}",
  "attribution.shape":
    "{arg} must have 1 column (paths), 3 columns (journey, time, channel) or 4 (journey, time, channel, conversion), not {cols}",
  "attribution.touchExtra": "{arg} must be left blank when the journeys are touch rows",
  "attribution.badTime": '{arg} has a time that is not a date or number ("{value}") at row {row}, column {col}',
  "attribution.ambiguousTime":
    '{arg} has "{value}" at row {row}, column {col}: it could be {first} or {second}, as the order of day and month differs by country; write the date year first ({first} or {second})',
  "attribution.yearLastTime":
    '{arg} has "{value}" at row {row}, column {col}: a date with the year last is read differently by country; write it year first ({first})',
  "attribution.blankJourney": "{arg} has a blank journey id at row {row}, column {col}",
  "attribution.model": 'model must be one of first, last, linear, position, time_decay, markov, shapley, not "{value}"',
  "attribution.options": "options: {detail}",
  "attribution.tooManyStates": "markov of order {order} needs more than {limit} states: use a lower order",
  "attribution.notColumn": "{arg} must be a single column (it has {cols})",
  "attribution.header.channel": "Channel",
  "attribution.header.conversions": "Conversions",
  "attribution.header.value": "Value",
  "attribution.header.share": "Share",
} as const;

export type AttributionMessageKey = keyof typeof attributionMessagesEn;

export const attributionMessagesZh: Record<AttributionMessageKey, string> = {
  "attribution.emptyPath": "{arg} 第 {row} 行为空:每条路径至少需要一个渠道",
  "attribution.emptyChannel": '{arg} 第 {row} 行有空的渠道名("{value}"):请检查是否有 ">>" 或首尾的 ">"',
  "attribution.negative": "{arg} 第 {row} 行第 {col} 列为负数({value})",
  "attribution.blankCount": "{arg} 第 {row} 行第 {col} 列为空:没有转化请填 0",
  "attribution.noRows": "{arg} 中没有可归因的行",
  "attribution.noConversions": "没有可归因的转化(转化总数为 0)",
  "paths.badTransition": "无法读取转移表:{detail}",
  "attribution.shape":
    "{arg} 必须为 1 列(路径)、3 列(旅程、时间、渠道)或 4 列(旅程、时间、渠道、转化),而不是 {cols} 列",
  "attribution.touchExtra": "当旅程为触点行时,{arg} 必须留空",
  "attribution.badTime": '{arg} 第 {row} 行第 {col} 列的时间不是日期或数字("{value}")',
  "attribution.ambiguousTime":
    "{arg} 第 {row} 行第 {col} 列的“{value}”可能是 {first} 也可能是 {second}(各国的日、月顺序不同):请按年-月-日书写({first} 或 {second})",
  "attribution.yearLastTime":
    "{arg} 第 {row} 行第 {col} 列的“{value}”把年份写在最后,各国读法不同:请按年-月-日书写({first})",
  "attribution.blankJourney": "{arg} 第 {row} 行第 {col} 列的旅程编号为空",
  "attribution.model": '模型必须是 first、last、linear、position、time_decay、markov、shapley 之一,而不是 "{value}"',
  "attribution.options": "选项:{detail}",
  "attribution.tooManyStates": "{order} 阶马尔可夫模型需要超过 {limit} 个状态:请降低阶数",
  "attribution.notColumn": "{arg} 必须是单独一列(现有 {cols} 列)",
  "attribution.header.channel": "渠道",
  "attribution.header.conversions": "转化",
  "attribution.header.value": "价值",
  "attribution.header.share": "占比",
};
