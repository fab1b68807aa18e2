/**
 * Builds a locale's functions.json from the generated (English) one and a translation
 * table: descriptions of functions, parameters and results are replaced; ids, names,
 * types and flags are kept. A function or parameter the table lacks, or a table entry
 * no function has, is an error: the translation can never silently go stale.
 */
function localizeMetadata(metadata, table, locale) {
  const errors = [];
  const seen = new Set();
  const functions = metadata.functions.map((fn) => {
    const entry = table[fn.id];
    if (!entry) {
      errors.push(`${locale}: no translation for function ${fn.id}`);
      return fn;
    }
    seen.add(fn.id);
    const params = entry.parameters || {};
    const known = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(params)) {
      if (!known.has(name)) errors.push(`${locale}: ${fn.id} has no parameter "${name}" to translate`);
    }
    const parameters = fn.parameters.map((p) => {
      if (typeof params[p.name] !== "string") {
        errors.push(`${locale}: no translation for ${fn.id} parameter "${p.name}"`);
        return p;
      }
      return { ...p, description: params[p.name] };
    });
    if (typeof entry.description !== "string") errors.push(`${locale}: no description for ${fn.id}`);
    return { ...fn, description: entry.description ?? fn.description, parameters };
  });
  for (const id of Object.keys(table)) {
    if (!seen.has(id)) errors.push(`${locale}: translation for unknown function ${id}`);
  }
  return { metadata: { ...metadata, functions }, errors };
}

module.exports = { localizeMetadata };
