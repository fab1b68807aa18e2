const { sources, Compilation, WebpackError } = require("webpack");
const { rewriteForRelease, localReferences } = require("./public-url");

/**
 * Release builds only: rewrites every emitted text file (manifest, metadata, help page, pages,
 * scripts) from the development address to the public one, after minification, and fails the
 * build if any file still mentions localhost.
 */
class PublicUrlPlugin {
  constructor(publicUrl) {
    this.publicUrl = publicUrl; // { base, origin } from parsePublicUrl
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PublicUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PublicUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.(xml|json|html|js|css|txt|svg)$/.test(name)) continue;
            const text = compilation.getAsset(name).source.source().toString();
            const rewritten = rewriteForRelease(text, this.publicUrl);
            if (rewritten !== text) compilation.updateAsset(name, new sources.RawSource(rewritten));
            const left = localReferences(rewritten);
            if (left > 0) compilation.errors.push(new WebpackError(`${name} still mentions localhost ${left} time(s)`));
          }
        },
      );
    });
  }
}

module.exports = PublicUrlPlugin;
