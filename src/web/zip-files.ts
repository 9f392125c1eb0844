// The core's zip port for the offline page: fflate, bundled into the page and imported as usual.

import {zipSync} from 'fflate';
import {ZIP_OPTIONS, type ZipFiles} from '../core';

export const zipFiles: ZipFiles = files => zipSync(files, ZIP_OPTIONS);
