/** Cell error messages: what is wrong and with which argument. */
export const errorMessagesEn = {
  "arg.blank": "{arg} is blank",
  "arg.text": '{arg} is text ("{value}"), not a number',
  "arg.boolean": "{arg} is {value}, not a number",
  "arg.notFinite": "{arg} is not a finite number",
  "arg.errorValue": "{arg} holds the error {code}",
  "arg.negative": "{arg} is negative ({value})",
  "arg.zero": "{arg} is 0",
  "arg.notScalar": "{arg} must be a single value, not a range",
  "range.blank": "{arg} has no numbers (every cell is blank)",
  "range.text": '{arg} has text ("{value}") at row {row}, column {col}',
  "range.boolean": "{arg} has {value} at row {row}, column {col}, not a number",
  "range.errorValue": "{arg} holds the error {code} at row {row}, column {col}",
  "range.notFinite": "{arg} has a value that is not a finite number at row {row}, column {col}",
  "range.sizeMismatch": "{arg} has {rows1} rows but {arg2} has {rows2}",
  "direction.invalid": '{arg} must be "higher" or "lower" (or 越高越好 / 越低越好), not "{value}"',
  "tier.order.higher":
    "challenge ({challenge}) is below base ({base}); for a higher-is-better metric the challenge level must be at least the base",
  "tier.order.lower":
    "challenge ({challenge}) is above base ({base}); for a lower-is-better metric the challenge level must be at most the base",
  "result.overflow": "the result is too large to represent",
  "achievement.zeroTarget": "target is 0: achievement against a zero target is undefined",
  "growth.zeroPrevious": "previous is 0: growth from zero is undefined",
} as const;

export type ErrorMessageKey = keyof typeof errorMessagesEn;

export const errorMessagesZh: Record<ErrorMessageKey, string> = {
  "arg.blank": "{arg} 为空",
  "arg.text": '{arg} 是文本("{value}"),不是数字',
  "arg.boolean": "{arg} 是 {value},不是数字",
  "arg.notFinite": "{arg} 不是有限数字",
  "arg.errorValue": "{arg} 含有错误值 {code}",
  "arg.negative": "{arg} 为负数({value})",
  "arg.zero": "{arg} 为 0",
  "arg.notScalar": "{arg} 必须是单个值,不能是区域",
  "range.blank": "{arg} 中没有数字(全部为空)",
  "range.text": '{arg} 第 {row} 行第 {col} 列是文本("{value}"),不是数字',
  "range.boolean": "{arg} 第 {row} 行第 {col} 列是 {value},不是数字",
  "range.errorValue": "{arg} 第 {row} 行第 {col} 列含有错误值 {code}",
  "range.notFinite": "{arg} 第 {row} 行第 {col} 列不是有限数字",
  "range.sizeMismatch": "{arg} 有 {rows1} 行,而 {arg2} 有 {rows2} 行",
  "direction.invalid": '{arg} 必须是 "higher" 或 "lower"(或 越高越好 / 越低越好),而不是 "{value}"',
  "tier.order.higher": "挑战值({challenge})低于基础值({base});越高越好的指标,挑战值不能低于基础值",
  "tier.order.lower": "挑战值({challenge})高于基础值({base});越低越好的指标,挑战值不能高于基础值",
  "result.overflow": "结果超出可表示的范围",
  "achievement.zeroTarget": "目标值为 0:无法计算相对于零目标的达成率",
  "growth.zeroPrevious": "上期值为 0:无法计算从零开始的增长率",
};
