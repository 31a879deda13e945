/**
 * Two builds, as in Microsoft's `yo office` React template:
 *  - web:  the site to host → dist/: the task pane, the preview page, the ribbon's function
 *          file, the start, help and privacy pages, icons, and the manifest pointing there
 *  - node: the package entry and the CLI → lib/
 * `webpack serve` builds only the web part, over HTTPS on port 3000.
 *
 * A production build names every script, style sheet and image by its content hash, so an update
 * reaches users past any cache; the HTML pages and manifest.xml keep stable names because Word,
 * the start page and administrators point at them. Every page links its files relatively, so
 * dist/ works from a host's root or from a sub-path alike.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const devCerts = require("office-addin-dev-certs");

const packageJson = require("./package.json");

/** The host written into manifest.xml; the source manifest always says this (ManifestPlugin matches it). */
const DEV_HOST = "https://localhost:3000";
/** A URL on DEV_HOST in the source manifest; group 1 is the file's path. */
const DEV_URL = new RegExp(`${DEV_HOST.replace(/[.:/]/g, "\\$&")}/([^"\\s<]*)`, "g");
const PORT = 3000;
/** Budget from the brief: the task pane's own script, gzip-compressed. */
const TASKPANE_GZIP_BUDGET = 200 * 1024;

/** `ADDIN_HOST` (or `--env host=`): where dist/ will be published, e.g. https://example.org/argumentenhulp. */
function addinHost(env) {
  const host = (env.host || process.env.ADDIN_HOST || DEV_HOST).replace(/\/+$/, "");
  let url;
  try {
    url = new URL(host);
  } catch {
    url = null;
  }
  // Office loads add-ins over HTTPS only; a query or fragment would end up inside every file's URL.
  if (!url || url.protocol !== "https:" || url.search || url.hash) {
    throw new Error(
      `ADDIN_HOST moet een https-adres zijn zonder ? of #, bijvoorbeeld https://example.org/argumentenhulp; ` +
        `kreeg "${host}". (ADDIN_HOST must be an https URL without query or fragment.)`
    );
  }
  return host;
}

/** Office wants four numbers; package.json has three, and its number is the one version of everything. */
function manifestVersion(version) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`package.json version ${version}: the manifest needs plain major.minor.patch`);
  }
  return `${version}.0`;
}

/**
 * Content-Security-Policy per page, as a <meta> tag (static hosts cannot be relied on to send
 * headers; a header set by the host is combined with it, never loosened by it).
 * - Scripts: the page's own files only; for the pages Word loads (task pane, function file)
 *   also Office.js and what it loads from Microsoft's CDNs (office-js#1005). No inline script.
 * - Styles: 'self' plus 'unsafe-inline', for styles only, rather than a nonce through Griffel's
 *   renderer. A nonce must be random per response; a static host serves the same bytes to
 *   everyone, so a nonce written into the file is a fixed public value that protects nothing.
 *   And a nonce would cover only Griffel's <style> elements, not the style attributes Office.js's
 *   own host scripts set (its logging frame gets style="display:none"; office-js#1687 saw the
 *   same in Excel on the web). Inline styles cannot run code; scripts stay strict.
 * - Frames: none, except on the Word pages the one Office.js makes by itself: its host scripts
 *   (word-*-16.00.js, ULSEndpointProxy) always frame Microsoft's logging proxy. Blocking it would
 *   not stop Office.js, but would put a violation in every Word session's console; our own code
 *   frames nothing.
 * - Nothing else: default-src 'none', connect-src 'self', no objects, no forms, no <base>.
 *   frame-ancestors cannot be set from a <meta> tag (and Word on the web frames the pane).
 */
const OFFICE_SCRIPT_HOSTS = ["https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"];
const OFFICE_LOGGING_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com";

function contentSecurityPolicy({ scripts, office = false }) {
  const scriptSrc = scripts ? ["'self'", ...(office ? OFFICE_SCRIPT_HOSTS : [])] : ["'none'"];
  return [
    "default-src 'none'",
    `script-src ${scriptSrc.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "connect-src 'self'",
    ...(office ? [`frame-src ${OFFICE_LOGGING_FRAME}`] : []),
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join("; ");
}

/** A copied file's name in dist/, keyed by its path in the repository (info.sourceFilename). */
function emittedNames(compilation) {
  const names = new Map();
  for (const asset of compilation.getAssets()) {
    const source = asset.info.sourceFilename;
    if (source) names.set(source.split(path.sep).join("/"), asset.name);
  }
  return names;
}

/**
 * What every page template can use: the version, the page's policy, and `asset(path)` for a
 * repository file's hashed name in dist/ (a build error if the build does not copy it).
 */
function pageParameters({ production, policy }) {
  return (compilation) => {
    const names = emittedNames(compilation);
    return {
      version: packageJson.version,
      // Production only: the dev server's eval source maps and hot-reload socket would need
      // 'unsafe-eval' and a ws: source. The tests check the production build, as published.
      cspMeta: production
        ? `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(policy)}" />`
        : "",
      asset(source) {
        const name = names.get(source);
        if (!name) throw new Error(`a page names ${source}, which the build does not copy`);
        return name;
      },
    };
  };
}

/**
 * Writes dist/manifest.xml from manifest.xml: every https://localhost:3000/<file> becomes
 * <host>/<file's name in dist/> (hashed for copied files), and <Version> is package.json's.
 */
class ManifestPlugin {
  constructor({ host }) {
    this.host = host;
    this.source = path.resolve(__dirname, "manifest.xml");
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ManifestPlugin", (compilation) => {
      // After CopyWebpackPlugin (ADDITIONAL) has emitted the hashed files.
      const stage = webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS;
      compilation.hooks.processAssets.tap({ name: "ManifestPlugin", stage }, () => {
        compilation.fileDependencies.add(this.source);
        const names = emittedNames(compilation);
        const version = manifestVersion(packageJson.version);
        const xml = fs
          .readFileSync(this.source, "utf8")
          // The source's opening comment speaks of the source; say what this file is instead.
          .replace(
            /<!--[\s\S]*?-->/,
            `<!-- Built from manifest.xml by webpack.config.js for ${this.host}, version ${version}. -->`
          )
          .replace(DEV_URL, (_url, file) => `${this.host}/${names.get(file) ?? file}`)
          .replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
        compilation.emitAsset("manifest.xml", new webpack.sources.RawSource(xml));
      });
    });
  }
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
        const asset = compilation
          .getAssets()
          .find((a) => /^taskpane(\.[0-9a-f]+)?\.js$/.test(a.name));
        if (!asset) return;
        const gzip = zlib.gzipSync(asset.source.buffer(), { level: 9 }).length;
        const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
        const line = `${asset.name}: ${kb(asset.source.size())} raw, ${kb(gzip)} gzip (budget ${kb(TASKPANE_GZIP_BUDGET)})`;
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
  const hashed = (name) => (production ? name.replace("[name]", "[name].[contenthash:8]") : name);
  const page = (filename, template, { chunks = [], policy }) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      inject: chunks.length > 0,
      templateParameters: pageParameters({ production, policy }),
    });
  return {
    name: "web",
    target: "web",
    mode: production ? "production" : "development",
    // Separate map files for the scripts (not the copied style sheet): readable stack traces in
    // Word's F12 tools, nothing extra loaded by users.
    devtool: production ? false : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: hashed("[name].js"),
      // Chunks loaded on demand (the Schrijfhulp and its hyphenation patterns) are hashed
      // alike, so an update never pairs a cached pane with a newer chunk.
      chunkFilename: hashed("[name].js"),
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: { rules: [tsRule] },
    plugins: [
      // The pages Word loads: Office.js comes from Microsoft's CDN.
      page("taskpane.html", "./src/taskpane/taskpane.html", {
        chunks: ["taskpane"],
        policy: { scripts: true, office: true },
      }),
      page("commands.html", "./src/commands/commands.html", {
        chunks: ["commands"],
        policy: { scripts: true, office: true },
      }),
      page("preview.html", "./src/preview/preview.html", {
        chunks: ["preview"],
        policy: { scripts: true },
      }),
      // The site around it: plain pages without scripts.
      page("index.html", "./src/site/index.html", { policy: { scripts: false } }),
      page("help.html", "./src/site/help.html", { policy: { scripts: false } }),
      page("privacy.html", "./src/site/privacy.html", { policy: { scripts: false } }),
      new CopyWebpackPlugin({
        patterns: [
          // Icons (the manifest's and the pages'), the pages' style sheet and the start page's picture.
          { from: "assets/*.png", to: hashed("assets/[name][ext]") },
          { from: "src/site/site.css", to: hashed("assets/[name][ext]") },
          { from: "docs/preview.png", to: hashed("assets/[name][ext]") },
        ],
      }),
      new ManifestPlugin({ host }),
      ...(production
        ? [new webpack.SourceMapDevToolPlugin({ test: /\.js$/, filename: "[file].map" })]
        : []),
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
