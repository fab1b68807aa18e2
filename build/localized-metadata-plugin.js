const { localizeMetadata } = require("./localize-metadata");
const { sources, WebpackError, Compilation } = require("webpack");

/**
 * Emits functions.<locale>.json beside the functions.json that CustomFunctionsMetadataPlugin
 * generates, from one translation table per locale. Missing or stale translations fail the build.
 */
class LocalizedMetadataPlugin {
  constructor({ source = "functions.json", locales }) {
    this.source = source;
    this.locales = locales; // { "zh-CN": "./src/functions/i18n/zh-CN.json" }
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.source);
          if (!asset) return; // the metadata plugin reported its own error
          const metadata = JSON.parse(asset.source.source().toString());
          for (const [locale, file] of Object.entries(this.locales)) {
            const path = require.resolve(require("path").resolve(file));
            compilation.fileDependencies.add(path);
            delete require.cache[path];
            const { metadata: localized, errors } = localizeMetadata(metadata, require(path), locale);
            errors.forEach((e) => compilation.errors.push(new WebpackError(e)));
            const name = this.source.replace(/\.json$/, `.${locale}.json`);
            compilation.emitAsset(name, new sources.RawSource(JSON.stringify(localized, null, 4)));
          }
        },
      );
    });
  }
}

module.exports = LocalizedMetadataPlugin;
