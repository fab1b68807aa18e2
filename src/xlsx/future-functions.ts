/**
 * Functions added to Excel after the 2007 file format are stored in .xlsx formulas with
 * the `_xlfn.` prefix ("future functions", [MS-XLSX] 2.2.3 Functions,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/5d1b6d44-6fc1-4ecd-8fef-0b27406cc2bf).
 * Without it Excel and LibreOffice read the name as unknown (#NAME?). Office.js takes the
 * plain names, so plans hold plain names and only the file adapter adds the prefix.
 * The list covers the statistical and text functions templates may use.
 */
const FUTURE_FUNCTIONS = [
  "NORM.S.DIST",
  "NORM.S.INV",
  "NORM.DIST",
  "NORM.INV",
  "T.DIST",
  "T.DIST.2T",
  "T.DIST.RT",
  "T.INV",
  "T.INV.2T",
  "T.TEST",
  "CHISQ.DIST",
  "CHISQ.DIST.RT",
  "CHISQ.INV",
  "CHISQ.INV.RT",
  "CHISQ.TEST",
  "BETA.DIST",
  "BETA.INV",
  "BINOM.DIST",
  "CONFIDENCE.NORM",
  "CONFIDENCE.T",
  "STDEV.S",
  "STDEV.P",
  "VAR.S",
  "VAR.P",
  "IFNA",
  "IFS",
  "CONCAT",
  "TEXTJOIN",
  "MAXIFS",
  "MINIFS",
  "SWITCH",
  "DAYS",
  "RANK.EQ",
  "RANK.AVG",
  "XLOOKUP",
  "FORECAST.ETS",
  "FORECAST.ETS.CONFINT",
  "FORECAST.ETS.SEASONALITY",
  "FORECAST.ETS.STAT",
  "FORECAST.LINEAR",
];

const escape = (name: string) => name.replace(/\./g, "\\.");
// Longest names first so T.DIST.RT is not read as T.DIST; a name must be followed by "(".
const PATTERN = new RegExp(
  `(?<![A-Za-z0-9_.])(${[...FUTURE_FUNCTIONS]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})(?=\\()`,
  "gi",
);

/** The formula with `_xlfn.` before every future function outside string constants. */
export function withFuturePrefixes(formula: string): string {
  // Split on string constants ("..." with "" inside) and prefix only the parts between them.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(PATTERN, (name) => `_xlfn.${name.toUpperCase()}`)))
    .join("");
}
