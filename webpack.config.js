/**
 * Two builds, as in Microsoft's `yo office` React template:
 *  - web:  the task pane, the preview page and the ribbon's function file → dist/
 *  - node: the package entry and the CLI → lib/
 * `webpack serve` builds only the web part, over HTTPS on port 3000.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const devCerts = require("office-addin-dev-certs");

/** The host written into manifest.xml; the source manifest always says this. */
const DEV_HOST = "https://localhost:3000";
const PORT = 3000;
/** Budget from the brief: the task pane's own script, gzip-compressed. */
const TASKPANE_GZIP_BUDGET = 200 * 1024;

function addinHost(env) {
  const host = env.host || process.env.ADDIN_HOST || DEV_HOST;
  return host.replace(/\/+$/, "");
}

/**
 * office-addin-dev-certs installs its CA with sudo. Without sudo (containers, locked-down
 * machines) it still writes the three files but getHttpsServerOptions() throws, so fall back
 * to reading them. `npm start` has already run the install step; asking again would make the
 * package regenerate the certificates (and undo a CA the user trusted by hand).
 */
async function httpsOptions() {
  const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
  const readFiles = () => {
    const read = (name) => fs.readFileSync(path.join(dir, name));
    return { ca: read("ca.crt"), key: read("localhost.key"), cert: read("localhost.crt") };
  };
  if (process.env.ARGUMENTENHULP_CERTS_CHECKED === "1") return readFiles();
  try {
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (error) {
    try {
      return readFiles();
    } catch {
      throw new Error(
        `Geen ontwikkelcertificaat in ${dir}; "npm start" maakt het aan. ` +
          `(No dev certificate in ${dir}; "npm start" creates it.) ${error.message}`
      );
    }
  }
}

/** Types are checked once, by `npm run typecheck` (first step of `npm test`), not in every bundle. */
const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true } },
};

/**
 * Webpack's performance hints measure raw bytes; the budget is in gzip bytes. This reports the
 * gzip size of the task pane after every production build and warns above the budget.
 */
class GzipBudgetPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("GzipBudgetPlugin", (compilation) => {
      const stage = webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT;
      compilation.hooks.processAssets.tap({ name: "GzipBudgetPlugin", stage }, () => {
        const asset = compilation.getAsset("taskpane.js");
        if (!asset) return;
        const gzip = zlib.gzipSync(asset.source.buffer(), { level: 9 }).length;
        const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
        const line = `taskpane.js: ${kb(asset.source.size())} raw, ${kb(gzip)} gzip (budget ${kb(TASKPANE_GZIP_BUDGET)})`;
        if (gzip > TASKPANE_GZIP_BUDGET) {
          compilation.warnings.push(new webpack.WebpackError(`Over budget: ${line}`));
        } else {
          compiler.getInfrastructureLogger("gzip-budget").info(line);
        }
      });
    });
  }
}

/** Makes the CLI runnable as `./lib/cli.js` (npm sets the bit for `bin`, a checkout does not). */
class ExecutablePlugin {
  constructor(file) {
    this.file = file;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap("ExecutablePlugin", () => {
      const file = path.join(compiler.options.output.path, this.file);
      if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
    });
  }
}

function webConfig(env, { production }) {
  const host = addinHost(env);
  return {
    name: "web",
    target: "web",
    mode: production ? "production" : "development",
    // Separate map files: readable stack traces in Word's F12 tools, nothing extra loaded by users.
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // No content hashes: the manifest and the tests name these files.
      filename: "[name].js",
      // Chunks loaded on demand (the Schrijfhulp) keep their readable names too.
      chunkFilename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: { rules: [tsRule] },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          // Icons and the help page the manifest links to (SupportUrl).
          { from: "assets/*.{png,html}", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_HOST).join(host),
          },
        ],
      }),
      ...(production ? [new GzipBudgetPlugin()] : []),
    ],
    // Webpack's hints count raw bytes; GzipBudgetPlugin checks the budget in gzip bytes instead.
    performance: { hints: false },
    devServer: {
      port: PORT,
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { warnings: false } },
    },
  };
}

function nodeConfig(_env, { production }) {
  return {
    name: "node",
    target: "node20",
    mode: production ? "production" : "development",
    devtool: "source-map",
    entry: {
      index: "./src/index.ts",
      cli: "./src/cli/main.ts",
    },
    output: {
      path: path.resolve(__dirname, "lib"),
      filename: "[name].js",
      library: { type: "commonjs2" },
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: { rules: [tsRule] },
    // mammoth is a runtime dependency with optional parts; npm installs it beside lib/.
    externals: { mammoth: "commonjs mammoth" },
    optimization: { minimize: false },
    plugins: [
      new webpack.BannerPlugin({
        banner: "#!/usr/bin/env node",
        raw: true,
        entryOnly: true,
        include: /^cli\.js$/,
      }),
      new ExecutablePlugin("cli.js"),
    ],
  };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const web = webConfig(env, { production, serving });
  if (serving) {
    web.devServer.server = { type: "https", options: await httpsOptions() };
    return web;
  }
  return [web, nodeConfig(env, { production })];
};
