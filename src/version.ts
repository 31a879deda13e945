/**
 * The one version number of the add-in, the CLI and the package: package.json's. The manifest's
 * <Version> and the hosted pages get it from the same place (webpack.config.js).
 */
import packageJson from "../package.json";

export const VERSION: string = packageJson.version;
