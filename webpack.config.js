/* Builds the add-in: the task pane page (shared runtime) and the custom functions. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const LocalizedMetadataPlugin = require("./build/localized-metadata-plugin");
const MetadataFlagsPlugin = require("./build/metadata-flags-plugin");
const HelpPagePlugin = require("./build/help-page-plugin");
const functionSources = require("./build/functions-sources");

const PublicUrlPlugin = require("./build/public-url-plugin");
const { parsePublicUrl } = require("./build/public-url");

/**
 * `--env release` (npm run build:release) is the build for hosting: every URL is rewritten to
 * ADDIN_PUBLIC_URL, and without a usable one the build refuses to run. Any other build is the
 * local development build, served from https://localhost:3000/.
 */
function releaseUrl(env) {
  if (!env.release) return null;
  const parsed = parsePublicUrl(process.env.ADDIN_PUBLIC_URL);
  if (parsed.error) throw new Error(`npm run build:release: ${parsed.error}`);
  return parsed;
}

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const release = releaseUrl(env);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: ["./src/functions/runtime-guard.ts", ...functionSources],
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: { keep: /^lib\// },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionSources }),
      new MetadataFlagsPlugin(),
      new LocalizedMetadataPlugin({ locales: { "zh-CN": "./src/functions/i18n/zh-CN.json" } }),
      new HelpPagePlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "[name][ext]" },
        ],
      }),
      ...(release ? [new PublicUrlPlugin(release)] : []),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_BUILD ? undefined : await httpsOptions() },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
