/**
 * The fixed texts of the functions reference (docs/functions.md, help.html) in both
 * languages: headings, labels, and the table of what a cell shows on each kind of error,
 * which holds for every function.
 */
const LABELS = {
  "en-US": {
    title: "Functions reference",
    helpTitle: "Campaign Scorecard functions",
    generated:
      "Generated from dist/functions.json, functions.zh-CN.json and src/functions/reference/examples.json by `npm run docs`. Do not edit by hand.",
    otherLanguage: (href) => `[中文](${href})`,
    otherLanguageName: "中文帮助",
    intro:
      'Type these in any cell of a workbook with the add-in; `=MKT.` lists them. Every function returns a number, or a table that spills, or an Excel error: never NaN, never Infinity. Ranges skip blank cells as `SUM` does. `direction` accepts `"higher"` / `"lower"` and the Chinese 越高越好 / 越低越好 (also 高 / 低, 正向 / 反向); blank means higher. **Zero targets**: achievement against a target of 0 is undefined and returns `#DIV/0!` rather than a misleading 0% or 100%. For a negative target (a planned loss), the same formulas measure the improvement: a loss of 50 against a planned loss of 100 is 150%. Chinese Excel shows the function and parameter descriptions in Chinese (`functions.zh-CN.json`, generated at build time from `src/functions/i18n/zh-CN.json`).',
    helpIntro:
      "Type `=MKT.` in a cell for the functions; the Campaign Scorecard button on the Home tab opens the task pane (templates, data checks, the report, attribution, A/B tests).",
    contents: "Contents",
    colon: ": ",
    semi: "; ",
    parameter: "Parameter",
    type: "Type",
    required: "Required",
    description: "Description",
    yes: "required",
    optional: "optional",
    default: "default",
    value: "a value",
    range: "a range or array",
    repeating: "one or more ranges (repeating)",
    returns: "Returns",
    number: "a number",
    spills: "a table that spills (a header row in Excel's display language, then the figures)",
    examples: "Examples",
    onErrors: "On errors",
    seeErrors: "otherwise as in [Errors](#errors).",
    seeErrorsHtml: "otherwise as in Errors, below.",
    errorsTitle: "Errors: what the cell shows",
    errorsIntro:
      "Excel shows a function's own message (hover the cell's error flag) only with `#VALUE!` and `#N/A`; with `#DIV/0!` and `#NUM!` it shows the bare error ([CustomFunctions.ErrorCode](https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode)). So each error is chosen for what you need to read:",
    errorsIntroHtml:
      "Excel shows a function's own message (hover the cell's error flag) only with `#VALUE!` and `#N/A`; with `#DIV/0!` and `#NUM!` it shows the bare error. So each error is chosen for what you need to read:",
    errorsOutro: "A blank is not 0: a required argument left blank is `#N/A`, never a silent zero.",
    situation: "Situation",
    cellShows: "The cell shows",
    hover: "Hover message",
  },
  "zh-CN": {
    title: "函数参考",
    helpTitle: "营销活动评估助手函数",
    generated:
      "由 `npm run docs` 根据 dist/functions.json、functions.zh-CN.json 和 src/functions/reference/examples.json 生成,请勿手工编辑。",
    otherLanguage: (href) => `[English](${href})`,
    otherLanguageName: "English help",
    intro:
      '在装有本加载项的工作簿的任意单元格中输入;键入 `=MKT.` 即列出全部函数。每个函数返回一个数字、一张溢出的表,或一个 Excel 错误值,绝不返回 NaN 或 Infinity。区域中的空白单元格与 `SUM` 一样跳过。`direction`(方向)接受 `"higher"` / `"lower"` 以及 越高越好 / 越低越好(也可写 高 / 低、正向 / 反向);空即越高越好。**目标值为 0**:达成率无定义,返回 `#DIV/0!`,而不是误导的 0% 或 100%。目标为负(计划亏损)时,同样的公式衡量改善程度:计划亏损 100 实际亏损 50 为 150%。中文版 Excel 以中文显示函数和参数说明(`functions.zh-CN.json`,构建时由 `src/functions/i18n/zh-CN.json` 生成)。',
    helpIntro:
      "在单元格中输入 `=MKT.` 使用函数;“开始”选项卡上的营销活动评估按钮打开任务窗格(模板、数据核验、评估报告、归因、A/B 测试)。",
    contents: "目录",
    colon: ":",
    semi: ";",
    parameter: "参数",
    type: "类型",
    required: "必填",
    description: "说明",
    yes: "必填",
    optional: "可选",
    default: "默认",
    value: "单个值",
    range: "区域或数组",
    repeating: "一个或多个区域(可重复)",
    returns: "返回",
    number: "一个数字",
    spills: "一张溢出的表(首行为 Excel 显示语言的表头,其后为数值)",
    examples: "示例",
    onErrors: "错误",
    seeErrors: "其余见[错误值](#errors)。",
    seeErrorsHtml: "其余见下方“错误值”。",
    errorsTitle: "错误值:单元格显示什么",
    errorsIntro:
      "Excel 只在 `#VALUE!` 和 `#N/A` 上显示函数自己的提示(悬停在单元格的错误标志上);`#DIV/0!` 和 `#NUM!` 只显示错误本身([CustomFunctions.ErrorCode](https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode))。因此每种错误按你需要读到的信息来选择:",
    errorsIntroHtml:
      "Excel 只在 `#VALUE!` 和 `#N/A` 上显示函数自己的提示(悬停在单元格的错误标志上);`#DIV/0!` 和 `#NUM!` 只显示错误本身。因此每种错误按你需要读到的信息来选择:",
    errorsOutro: "空不是 0:必填参数为空时返回 `#N/A`,绝不悄悄当作 0。",
    situation: "情况",
    cellShows: "单元格显示",
    hover: "悬停提示",
  },
};

const row = (situation, shows, hover) => [situation, shows, hover];

/** What a cell shows, by situation; the same for every function. */
const ERRORS = [
  row(
    {
      "en-US": "A blank input (a blank is not 0), or a cost range with no number at all",
      "zh-CN": "输入为空(空不是 0),或成本区域中没有任何数字",
    },
    { "en-US": "`#N/A`", "zh-CN": "`#N/A`" },
    { "en-US": "names the argument: `revenue is blank`", "zh-CN": "指出参数:`revenue 为空`" },
  ),
  row(
    { "en-US": "Text or TRUE/FALSE where a number belongs", "zh-CN": "应为数字处是文本或 TRUE/FALSE" },
    { "en-US": "`#VALUE!`", "zh-CN": "`#VALUE!`" },
    {
      "en-US": 'names the argument, and the row and column inside a range: `cost has text ("n/a") at row 2, column 1`',
      "zh-CN": "指出参数,区域内还指出行列",
    },
  ),
  row(
    {
      "en-US":
        "A wrong argument: a negative cost, spend, customer count or conversion count; base and challenge in the wrong order; an unknown direction, model or option; too high a Markov order",
      "zh-CN":
        "参数错误:成本、支出、客户数或转化数为负;基础值与挑战值顺序颠倒;方向、模型或选项无法识别;马尔可夫阶数过高",
    },
    { "en-US": "`#VALUE!`", "zh-CN": "`#VALUE!`" },
    { "en-US": "says what is wrong: `cost is negative (-5)`", "zh-CN": "说明错在哪里" },
  ),
  row(
    {
      "en-US": "A zero divisor: cost, ad spend, new customers, target or previous period of 0",
      "zh-CN": "除数为 0:成本、广告支出、新增客户数、目标值或上期值为 0",
    },
    { "en-US": "`#DIV/0!`", "zh-CN": "`#DIV/0!`" },
    { "en-US": "none (Excel shows none)", "zh-CN": "无(Excel 不显示)" },
  ),
  row(
    { "en-US": "A result too large for Excel", "zh-CN": "结果超出 Excel 能表示的范围" },
    { "en-US": "`#NUM!`", "zh-CN": "`#NUM!`" },
    { "en-US": "none", "zh-CN": "无" },
  ),
  row(
    { "en-US": "An input cell holding `#N/A` or `#VALUE!`", "zh-CN": "输入单元格本身是 `#N/A` 或 `#VALUE!`" },
    { "en-US": "the same error", "zh-CN": "同一错误" },
    {
      "en-US": "names the argument and the cell: `cost holds the error #N/A at row 2, column 1`",
      "zh-CN": "指出参数和单元格",
    },
  ),
  row(
    { "en-US": "An input cell holding `#DIV/0!` or `#NUM!`", "zh-CN": "输入单元格本身是 `#DIV/0!` 或 `#NUM!`" },
    { "en-US": "the same error", "zh-CN": "同一错误" },
    { "en-US": "none (Excel shows none)", "zh-CN": "无(Excel 不显示)" },
  ),
  row(
    {
      "en-US":
        "An input cell holding another error (`#REF!`, `#NAME?`, `#NULL!`, `#SPILL!`, `#CALC!`…), which a function cannot return",
      "zh-CN": "输入单元格是其他错误(`#REF!`、`#NAME?`、`#NULL!`、`#SPILL!`、`#CALC!`…),函数无法返回这些错误",
    },
    { "en-US": "`#VALUE!`", "zh-CN": "`#VALUE!`" },
    { "en-US": "names the error, the argument and the cell", "zh-CN": "指出错误、参数和单元格" },
  ),
  row(
    {
      "en-US": "A data-type cell (a formatted number, a stock's price, an entity)",
      "zh-CN": "数据类型单元格(带格式的数字、股票价格、实体)",
    },
    {
      "en-US": "its value is used: a number counts as that number; an entity counts as its text",
      "zh-CN": "使用其值:数字按数字计算,实体按其文本",
    },
    { "en-US": "as for any number or text", "zh-CN": "与普通数字或文本相同" },
  ),
  row(
    {
      "en-US": "A range where one value belongs: `=MKT.GROWTH(B2:B13, B14:B25)`",
      "zh-CN": "应为单个值处给了区域:`=MKT.GROWTH(B2:B13, B14:B25)`",
    },
    {
      "en-US": "one result per row, spilled (dynamic-array Excel); `#N/A` past the end of the shorter range",
      "zh-CN": "每行一个结果并溢出(动态数组 Excel);较短区域之后为 `#N/A`",
    },
    { "en-US": "per cell", "zh-CN": "逐个单元格" },
  ),
];

module.exports = { LABELS, ERRORS };
