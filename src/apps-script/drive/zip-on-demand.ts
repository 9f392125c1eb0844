// The core's zip port for Apps Script: fflate, loaded on first use. Its module builds Huffman
// and bit-reversal tables when it is evaluated (about 14 ms in node:vm), and Apps Script
// evaluates the whole bundle on every execution: each menu click, onEdit and custom-function
// call. esbuild bundles a CommonJS require inside a function as a module that runs only when
// first called, so only the runs that zip or unzip pay for it.

import type * as Fflate from 'fflate';
import {type UnzipText, ZIP_OPTIONS, type ZipFiles} from '../../core';

declare const require: (id: 'fflate') => typeof Fflate;

let loaded: typeof Fflate | undefined;

function fflate(): typeof Fflate {
  if (!loaded) loaded = require('fflate');
  return loaded;
}

export const zipFiles: ZipFiles = files => fflate().zipSync(files, ZIP_OPTIONS);

export const unzipText: UnzipText = bytes => {
  const {strFromU8, unzipSync} = fflate();
  const text: Record<string, string> = {};
  const files = unzipSync(bytes);
  for (const path of Object.keys(files)) text[path] = strFromU8(files[path]);
  return text;
};
