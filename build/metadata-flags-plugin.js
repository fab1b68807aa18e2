const { sources, Compilation } = require("webpack");
const { withFlags } = require("./metadata-flags");

/**
 * Sets the top-level flags of the functions.json that CustomFunctionsMetadataPlugin generates
 * (see ./metadata-flags.js). Registered before LocalizedMetadataPlugin, which copies them.
 */
class MetadataFlagsPlugin {
  constructor({ source = "functions.json" } = {}) {
    this.source = source;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("MetadataFlagsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "MetadataFlagsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.source);
          if (!asset) return; // the metadata plugin reported its own error
          const metadata = withFlags(JSON.parse(asset.source.source().toString()));
          compilation.updateAsset(this.source, new sources.RawSource(JSON.stringify(metadata, null, 4)));
        },
      );
    });
  }
}

module.exports = MetadataFlagsPlugin;
