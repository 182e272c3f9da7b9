// The Node build (wasm-bindgen --target nodejs) with `loadBundled` reading the bundled case
// files beside it synchronously; the name is checked by the module first (`unknown_case`).
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const wasm = require('./berdaya_wasm_bindgen.js');

module.exports = {
  ...wasm,
  loadBundled(name) {
    return wasm.parseCase(readFileSync(join(__dirname, wasm.bundledCaseFile(name)), 'utf8'));
  },
};
