// The core's zip ports for tests of the core: fflate with the core's options, as the adapters
// use it, and the text of each part as read-docx reads it. Core tests stay off the adapters.

import {zipSync} from 'fflate';
import {type UnzipText, ZIP_OPTIONS, type ZipFiles} from '../../src/core';
import {readDocxBytes} from './read-docx';

export const zipForTests: ZipFiles = files => zipSync(files, ZIP_OPTIONS);

export const unzipForTests: UnzipText = bytes => ({
  ...readDocxBytes(bytes).files,
});
