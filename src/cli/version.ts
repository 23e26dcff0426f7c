// The CLI's version, from package.json (bundled into dist/cli.js at build time).
import pkg from '../../package.json';

export const VERSION: string = pkg.version;
