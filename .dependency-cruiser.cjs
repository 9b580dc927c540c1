/**
 * Imports point down. dependency-cruiser checks the folder graph of src/ (ESLint checks single
 * imports in src/core; see eslint.config.js). Run with `npm run lint`.
 */
module.exports = {
  forbidden: [
    {
      name: "no-folder-cycles",
      comment: "Folders of src/ must not import each other in a circle: move the shared piece down to where both can import it.",
      severity: "error",
      scope: "folder",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "no-module-cycles",
      comment: "Modules must not import each other in a circle.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "core-knows-no-platform",
      comment: "src/core never imports a bot, a chat platform's library, or the whole config.",
      severity: "error",
      from: { path: "^src/core/" },
      to: { path: ["^src/bots/", "^src/config\\.ts$", "(^|/)node_modules/(grammy|@grammyjs|discord\\.js|@discordjs)/"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".mjs", ".js"] },
    exclude: { path: "^(node_modules|test/lint-fixtures)/" },
  },
};
