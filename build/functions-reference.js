/**
 * The functions reference, built from what the build registers: functions.json (generated
 * from the JSDoc of src/functions), its zh-CN translation (functions.zh-CN.json) and the
 * hand-written examples, defaults and errors of src/functions/reference/examples.json.
 *
 * One model, rendered four ways: Markdown for docs/functions.md and docs/zh-CN/functions.md,
 * HTML for the add-in's help.html and help.zh-CN.html (the manifest's SupportUrl and every
 * function's @helpurl). A function without an example, an optional parameter without a
 * default, or an entry for a function that does not exist is an error: the build fails.
 */
const { ERRORS, LABELS } = require("./functions-reference-text");

const LOCALES = ["en-US", "zh-CN"];

/** The anchor of a function's section: the fragment of its @helpurl, else its id in lower case. */
function anchorOf(fn) {
  const hash = typeof fn.helpUrl === "string" ? fn.helpUrl.split("#")[1] : undefined;
  return hash || fn.id.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function localized(value, locale, where, errors) {
  if (value && typeof value[locale] === "string") return value[locale];
  errors.push(`${where}: no ${locale} text`);
  return "";
}

/**
 * The reference model: one entry per function, in functions.json's order, with both
 * languages side by side. Returns the problems found instead of throwing, so the build can
 * report them all at once.
 */
function buildReference(metadata, zhMetadata, table) {
  const errors = [];
  const zhById = new Map((zhMetadata.functions || []).map((f) => [f.id, f]));
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table)) {
    if (!ids.has(id)) errors.push(`src/functions/reference/examples.json: entry for unknown function ${id}`);
  }
  const functions = metadata.functions.map((fn) => {
    const where = `src/functions/reference/examples.json: ${fn.id}`;
    const entry = table[fn.id];
    const zh = zhById.get(fn.id);
    if (!zh) errors.push(`functions.zh-CN.json: no function ${fn.id}`);
    if (!entry) errors.push(`${where}: missing (every function needs at least one example)`);
    const examples = (entry && entry.examples) || [];
    if (entry && examples.length === 0) errors.push(`${where}: no example`);
    const ex = examples.map((e, i) => {
      if (typeof e.formula !== "string" || !e.formula.startsWith(`=MKT.${fn.id}(`))
        errors.push(`${where}: example ${i + 1} must start with =MKT.${fn.id}(`);
      return {
        formula: e.formula,
        result: Object.fromEntries(LOCALES.map((l) => [l, localized(e, l, `${where} example ${i + 1}`, errors)])),
      };
    });
    const defaults = (entry && entry.defaults) || {};
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(defaults)) {
      const p = fn.parameters.find((q) => q.name === name);
      if (!names.has(name)) errors.push(`${where}: default for unknown parameter "${name}"`);
      else if (!p.optional) errors.push(`${where}: "${name}" is required and has no default`);
    }
    const parameters = fn.parameters.map((p) => {
      const zhParam = zh && zh.parameters.find((q) => q.name === p.name);
      let def = null;
      if (p.optional) {
        if (!defaults[p.name]) errors.push(`${where}: optional parameter "${p.name}" has no default`);
        else
          def = Object.fromEntries(
            LOCALES.map((l) => [l, localized(defaults[p.name], l, `${where} default of ${p.name}`, errors)]),
          );
      }
      return {
        name: p.name,
        description: { "en-US": p.description || "", "zh-CN": (zhParam && zhParam.description) || "" },
        range: p.dimensionality === "matrix",
        optional: Boolean(p.optional),
        repeating: Boolean(p.repeating),
        default: def,
      };
    });
    const fnErrors = ((entry && entry.errors) || []).map((e, i) =>
      Object.fromEntries(LOCALES.map((l) => [l, localized(e, l, `${where} error ${i + 1}`, errors)])),
    );
    return {
      id: fn.id,
      anchor: anchorOf(fn),
      description: { "en-US": fn.description || "", "zh-CN": (zh && zh.description) || "" },
      parameters,
      spills: Boolean(fn.result && fn.result.dimensionality === "matrix"),
      examples: ex,
      errors: fnErrors,
    };
  });
  return { reference: { functions }, errors };
}

/** `=MKT.CAC(cost, new_customers, [more_costs], …)` */
function syntax(fn) {
  const args = fn.parameters.map((p) => {
    const name = p.optional ? `[${p.name}]` : p.name;
    return p.repeating ? `${name}, …` : name;
  });
  return `=MKT.${fn.id}(${args.join(", ")})`;
}

function typeText(p, t) {
  if (p.repeating) return t.repeating;
  return p.range ? t.range : t.value;
}

const md = {
  cell: (text) => String(text).replace(/\|/g, "\\|").replace(/\n/g, " "),
  code: (text) => (text.includes("`") ? `\`\` ${text} \`\`` : `\`${text}\``),
};

/** The Markdown reference in one language. */
function renderMarkdown(reference, locale) {
  const t = LABELS[locale];
  const other = locale === "en-US" ? "zh-CN/functions.md" : "../functions.md";
  const lines = [
    `# ${t.title}`,
    "",
    `<!-- ${t.generated} -->`,
    "",
    `${t.otherLanguage(other)}`,
    "",
    t.intro,
    "",
    `${t.contents}${t.colon}${reference.functions.map((f) => `[${f.id}](#${f.anchor})`).join(" · ")} · [${t.errorsTitle}](#errors)`,
    "",
  ];
  for (const fn of reference.functions) {
    lines.push(
      `<a id="${fn.anchor}"></a>`,
      "",
      `## MKT.${fn.id}`,
      "",
      md.code(syntax(fn)),
      "",
      fn.description[locale],
      "",
    );
    lines.push(`| ${t.parameter} | ${t.type} | ${t.required} | ${t.description} |`, "| --- | --- | --- | --- |");
    for (const p of fn.parameters) {
      const req = p.optional
        ? `${t.optional}${t.semi}${t.default}${t.colon}${p.default ? p.default[locale] : ""}`
        : t.yes;
      lines.push(`| \`${p.name}\` | ${typeText(p, t)} | ${md.cell(req)} | ${md.cell(p.description[locale])} |`);
    }
    lines.push(
      "",
      `${t.returns}${t.colon}${fn.spills ? t.spills : t.number}`,
      "",
      `${t.examples}${t.colon.trim()}`,
      "",
    );
    for (const e of fn.examples) lines.push(`- ${md.code(e.formula)} → ${e.result[locale]}`);
    lines.push(
      "",
      `${t.onErrors}${t.colon}${fn.errors.map((e) => e[locale]).join(t.semi)}${fn.errors.length ? t.semi : ""}${t.seeErrors}`,
      "",
    );
  }
  lines.push(`<a id="errors"></a>`, "", `## ${t.errorsTitle}`, "", t.errorsIntro, "");
  lines.push(`| ${t.situation} | ${t.cellShows} | ${t.hover} |`, "| --- | --- | --- |");
  for (const row of ERRORS) lines.push(`| ${row.map((c) => md.cell(c[locale])).join(" | ")} |`);
  lines.push("", t.errorsOutro, "");
  return lines.join("\n");
}

function escapeHtml(text) {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" })[c],
  );
}

/** Inline Markdown of the hand-written texts (`code` only) as HTML. */
function inlineHtml(text) {
  return escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>");
}

const STYLE = `body { font-family: "Segoe UI", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 0 auto; max-width: 52rem; padding: 1rem; line-height: 1.5; color: #242424; }
      h1 { font-size: 1.5rem; }
      h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d1d1d1; }
      code { background: #f5f5f5; padding: 0 0.2rem; }
      table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
      th, td { border: 1px solid #d1d1d1; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
      @media (prefers-color-scheme: dark) {
        body { background: #1f1f1f; color: #f0f0f0; }
        code { background: #333; }
        th, td, h2 { border-color: #555; }
      }`;

/** The add-in's help page in one language (help.html, help.zh-CN.html). */
function renderHtml(reference, locale) {
  const t = LABELS[locale];
  const otherPage = locale === "en-US" ? "help.zh-CN.html" : "help.html";
  const out = [
    "<!doctype html>",
    `<html lang="${locale === "en-US" ? "en" : "zh-CN"}">`,
    "  <head>",
    '    <meta charset="UTF-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    `    <title>${escapeHtml(t.helpTitle)}</title>`,
    `    <style>\n      ${STYLE}\n    </style>`,
    "  </head>",
    "  <body>",
    `    <p><a href="${otherPage}" hreflang="${locale === "en-US" ? "zh-CN" : "en"}">${escapeHtml(t.otherLanguageName)}</a></p>`,
    `    <h1>${escapeHtml(t.helpTitle)}</h1>`,
    `    <p>${inlineHtml(t.helpIntro)}</p>`,
    `    <p>${escapeHtml(t.contents)}${t.colon}${reference.functions
      .map((f) => `<a href="#${f.anchor}">${f.id}</a>`)
      .join(" · ")} · <a href="#errors">${escapeHtml(t.errorsTitle)}</a></p>`,
  ];
  for (const fn of reference.functions) {
    out.push(`    <h2 id="${fn.anchor}">${escapeHtml(syntax(fn))}</h2>`);
    out.push(`    <p>${escapeHtml(fn.description[locale])}</p>`);
    out.push(
      "    <table>",
      `      <thead><tr><th>${t.parameter}</th><th>${t.type}</th><th>${t.required}</th><th>${t.description}</th></tr></thead>`,
      "      <tbody>",
    );
    for (const p of fn.parameters) {
      const req = p.optional
        ? `${t.optional}${t.semi}${t.default}${t.colon}${p.default ? p.default[locale] : ""}`
        : t.yes;
      out.push(
        `        <tr><td><code>${p.name}</code></td><td>${escapeHtml(typeText(p, t))}</td><td>${inlineHtml(req)}</td><td>${escapeHtml(p.description[locale])}</td></tr>`,
      );
    }
    out.push("      </tbody>", "    </table>");
    out.push(`    <p>${escapeHtml(t.returns)}${t.colon}${escapeHtml(fn.spills ? t.spills : t.number)}</p>`);
    out.push(`    <p>${escapeHtml(t.examples)}${t.colon.trim()}</p>`, "    <ul>");
    for (const e of fn.examples)
      out.push(`      <li><code>${escapeHtml(e.formula)}</code> → ${inlineHtml(e.result[locale])}</li>`);
    out.push("    </ul>");
    const errs = fn.errors.map((e) => inlineHtml(e[locale])).join(t.semi);
    out.push(
      `    <p>${escapeHtml(t.onErrors)}${t.colon}${errs}${errs ? t.semi : ""}${inlineHtml(t.seeErrorsHtml)}</p>`,
    );
  }
  out.push(`    <h2 id="errors">${escapeHtml(t.errorsTitle)}</h2>`, `    <p>${inlineHtml(t.errorsIntroHtml)}</p>`);
  out.push(
    "    <table>",
    `      <thead><tr><th>${t.situation}</th><th>${t.cellShows}</th><th>${t.hover}</th></tr></thead>`,
    "      <tbody>",
  );
  for (const row of ERRORS)
    out.push(`        <tr>${row.map((c) => `<td>${inlineHtml(c[locale])}</td>`).join("")}</tr>`);
  out.push("      </tbody>", "    </table>", `    <p>${inlineHtml(t.errorsOutro)}</p>`, "  </body>", "</html>", "");
  return out.join("\n");
}

/** The metadata with every help link pointed at another page of the help (help.zh-CN.html), same sections. */
function pointHelpAt(metadata, page) {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) =>
      typeof fn.helpUrl === "string" ? { ...fn, helpUrl: fn.helpUrl.replace(/help\.html(?=#|$)/, page) } : fn,
    ),
  };
}

module.exports = { pointHelpAt, buildReference, renderMarkdown, renderHtml, anchorOf, syntax, LOCALES };
