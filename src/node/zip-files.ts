// The core's zip port for the command line: fflate, imported as usual (Node loads it once).

import {zipSync} from 'fflate';
import {ZIP_OPTIONS, type ZipFiles} from '../core';

export const zipFiles: ZipFiles = files => zipSync(files, ZIP_OPTIONS);
