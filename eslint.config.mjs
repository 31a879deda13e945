/**
 * ESLint 9 flat config: Office add-in rules (eslint-plugin-office-addins, as in the `yo office`
 * template: sync after load, no context.sync in loops…), typescript-eslint, React hooks, and
 * Prettier (office-addin-prettier-config) reported as lint errors.
 */
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The plugin's react config bundles its own, older @typescript-eslint plugin and parser; ESLint
 * refuses two plugins under one name, so take everything from it except that plugin and let
 * typescript-eslint below supply the current one. Its rule block lists only .js/.ts files;
 * widen it to .tsx, where the task pane's Office calls live too.
 */
function withoutBundledTypescriptEslint(configs) {
  return configs.map((config) => {
    if (!config.plugins?.["@typescript-eslint"]) return config;
    const { "@typescript-eslint": _bundled, ...plugins } = config.plugins;
    const { parser: _parser, ...languageOptions } = config.languageOptions ?? {};
    return { ...config, files: ["**/*.{js,mjs,cjs,ts,cts,mts,tsx}"], plugins, languageOptions };
  });
}

export default tseslint.config(
  { ignores: ["dist/", "lib/", "node_modules/", "coverage/", "test-results/"] },
  ...withoutBundledTypescriptEslint(officeAddins.configs.react),
  ...tseslint.configs.recommended,
  reactHooks.configs.flat["recommended-latest"],
  {
    rules: {
      // React Compiler rules that flag accepted React 18 idioms (a ref holding the latest
      // value, resetting state when an input changes). The project does not use the compiler;
      // keep them visible as warnings.
      "react-hooks/refs": "warn",
      "react-hooks/set-state-in-effect": "warn",
    },
  },
  {
    // The preview is plain DOM code (window.getSelection()); the Office load/sync rules match
    // on names like `selection` and misfire there.
    files: ["src/preview/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: {
        ...globals.browser,
        Office: "readonly",
        Word: "readonly",
        OfficeExtension: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      // React 17+ JSX transform: no React import needed, and TypeScript checks props.
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      // Word text carries control characters (\v for line breaks, \x07 cell marks) that the
      // document and CLI readers must match on purpose.
      "no-control-regex": "off",
    },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["scripts/**/*.{ts,mjs}", "**/*.mjs", "src/cli/**/*.ts"],
    languageOptions: { globals: globals.node },
  }
);
