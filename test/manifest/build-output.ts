/**
 * Which files the web build writes to dist/, and from which source, read from webpack.config.js
 * itself (its HtmlWebpackPlugin pages and CopyWebpackPlugin patterns) so the manifest is checked
 * against the build as it is, not against a list kept by hand.
 */
import * as fs from "fs";
import * as path from "path";
import { REPO_ROOT } from "./manifest-document";

export interface Emitter {
  /** How the build makes it, for failure messages. */
  how: string;
  /** The repository file it is made from. */
  source: string;
}

interface CopyPattern {
  from: string;
  to?: unknown;
  [option: string]: unknown;
}

interface WebConfig {
  name?: string;
  target?: string;
  plugins?: Array<{
    constructor: { name: string };
    userOptions?: { filename?: string; template?: string };
    patterns?: Array<CopyPattern | string>;
  }>;
}

/** The web compilation of the production build (the one that writes dist/). */
export async function loadWebConfig(): Promise<WebConfig> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = require(path.join(REPO_ROOT, "webpack.config.js"));
  const built =
    typeof exported === "function" ? await exported({}, { mode: "production" }) : exported;
  const configs: WebConfig[] = Array.isArray(built) ? built : [built];
  const web = configs.find((c) => c.name === "web" || c.target === "web");
  if (!web) throw new Error("webpack.config.js has no web compilation (name or target 'web')");
  return web;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}

/** A `from` glob with `*` and `{a,b}` in its last segment only: the forms this project's build uses. */
function globToRegExp(glob: string): RegExp {
  if (glob.includes("**") || /[?[]/.test(glob) || /\{[^}]*[{/]/.test(glob)) {
    throw new Error(`copy pattern ${glob}: glob form not understood by this test`);
  }
  const source = glob
    .split(/(\*|\{[^}]*\})/)
    .map((part) => {
      if (part === "*") return "[^/]*";
      if (part.startsWith("{") && part.endsWith("}"))
        return `(?:${part.slice(1, -1).split(",").map(escapeRegExp).join("|")})`;
      return escapeRegExp(part);
    })
    .join("");
  return new RegExp(`^${source}$`);
}

function copyEmitter(pattern: CopyPattern, emitted: string): Emitter | null {
  const known = new Set([
    "from",
    "to",
    "info",
    "transform",
    "noErrorOnMissing",
    "priority",
    "force",
  ]);
  const unknown = Object.keys(pattern).filter((k) => !known.has(k));
  if (unknown.length)
    throw new Error(
      `copy pattern ${pattern.from}: options ${unknown.join(", ")} not understood by this test`
    );
  if (pattern.to !== undefined && typeof pattern.to !== "string") {
    throw new Error(`copy pattern ${pattern.from}: a computed "to" is not understood by this test`);
  }
  const from = path.isAbsolute(pattern.from) ? pattern.from : path.join(REPO_ROOT, pattern.from);
  // The source manifest names a file before hashing; the build swaps in the hashed name.
  const to = ((pattern.to as string | undefined) ?? "").replace(/\.?\[contenthash(:\d+)?\]/g, "");
  const how = `CopyWebpackPlugin ${pattern.from} → ${to || "."}`;

  if (from.includes("*")) {
    const dir = path.dirname(from);
    const matcher = globToRegExp(path.basename(from));
    for (const file of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
      if (!matcher.test(file)) continue;
      const ext = path.extname(file);
      const name = path.basename(file, ext);
      const target = /\[(name|ext)\]/.test(to)
        ? to.replace(/\[name\]/g, name).replace(/\[ext\]/g, ext)
        : path.posix.join(to, file);
      if (target === emitted) return { how, source: path.join(dir, file) };
    }
    return null;
  }
  if (fs.existsSync(from) && fs.statSync(from).isDirectory()) {
    const prefix = to ? `${to.replace(/\/+$/, "")}/` : "";
    return emitted.startsWith(prefix)
      ? { how, source: path.join(from, emitted.slice(prefix.length)) }
      : null;
  }
  const target = to === "" || to.endsWith("/") ? path.posix.join(to, path.basename(from)) : to;
  return target === emitted ? { how, source: from } : null;
}

/**
 * What in the build writes `emitted` (a path inside dist/, as the source manifest names it: before
 * a production build adds the content hash), or null when nothing does.
 */
export function emitterOf(config: WebConfig, emitted: string): Emitter | null {
  for (const plugin of config.plugins ?? []) {
    const kind = plugin.constructor.name;
    if (kind === "HtmlWebpackPlugin" && plugin.userOptions?.filename === emitted) {
      const template = plugin.userOptions.template ?? "";
      return { how: `HtmlWebpackPlugin ${emitted}`, source: path.resolve(REPO_ROOT, template) };
    }
    if (kind === "CopyPlugin" || kind === "CopyWebpackPlugin") {
      for (const pattern of plugin.patterns ?? []) {
        const found = copyEmitter(
          typeof pattern === "string" ? { from: pattern } : pattern,
          emitted
        );
        if (found) return found;
      }
    }
  }
  return null;
}
