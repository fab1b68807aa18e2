/* Files whose JSDoc `@customfunction` tags make up functions.json, in order. */
module.exports = [
  "./src/functions/functions.ts",
  "./src/functions/attribution.ts",
  "./src/functions/stats.ts",
  "./src/functions/analysis.ts",
  "./src/functions/monitor.ts",
];
