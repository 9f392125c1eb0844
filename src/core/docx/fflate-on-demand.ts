// fflate, loaded on first use. Its module builds Huffman and bit-reversal tables when it is
// evaluated (about 14 ms in node:vm), and Apps Script evaluates the whole bundle on every
// execution: each menu click, onEdit and custom-function call. A CommonJS require inside a
// function is bundled by esbuild as a module that runs only when first called, so only the
// runs that zip or unzip pay for it.

import type * as Fflate from 'fflate';

declare const require: (id: 'fflate') => typeof Fflate;

let loaded: typeof Fflate | undefined;

export function fflate(): typeof Fflate {
  if (!loaded) loaded = require('fflate');
  return loaded;
}
