const path = require("path");
const { sources, WebpackError, Compilation } = require("webpack");
const { buildReference, pointHelpAt, renderHtml } = require("./functions-reference");

/**
 * Emits the add-in's help pages, help.html (English) and help.zh-CN.html (Chinese), from the
 * functions.json and functions.zh-CN.json of this build and the hand-written examples
 * (src/functions/reference/examples.json): the same functions reference as docs/functions.md.
 * A function without an example, or an optional parameter without a default, fails the build.
 * The zh-CN metadata's help links are pointed at the Chinese page.
 * Registered after LocalizedMetadataPlugin, whose output it reads.
 */
class HelpPagePlugin {
  constructor({ examples = "./src/functions/reference/examples.json" } = {}) {
    this.examples = path.resolve(examples);
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HelpPagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "HelpPagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const en = compilation.getAsset("functions.json");
          const zh = compilation.getAsset("functions.zh-CN.json");
          if (!en || !zh) return; // the metadata plugins reported their own errors
          compilation.fileDependencies.add(this.examples);
          delete require.cache[this.examples];
          const metadata = JSON.parse(en.source.source().toString());
          const zhMetadata = JSON.parse(zh.source.source().toString());
          const { reference, errors } = buildReference(metadata, zhMetadata, require(this.examples));
          errors.forEach((e) => compilation.errors.push(new WebpackError(`functions reference: ${e}`)));
          compilation.emitAsset("help.html", new sources.RawSource(renderHtml(reference, "en-US")));
          compilation.emitAsset("help.zh-CN.html", new sources.RawSource(renderHtml(reference, "zh-CN")));
          const localized = pointHelpAt(zhMetadata, "help.zh-CN.html");
          compilation.updateAsset("functions.zh-CN.json", new sources.RawSource(JSON.stringify(localized, null, 4)));
        },
      );
    });
  }
}

module.exports = HelpPagePlugin;
