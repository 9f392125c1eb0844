// Public API of the OOXML renderer.

export type {DocxPart} from './render-docx-parts';
export {renderDocxParts} from './render-docx-parts';
export type {FontProfileName} from './font-profiles';
export {FONT_PROFILES} from './font-profiles';
export {packDocx, utf8} from './pack-docx';
export type {UnzipText, ZipFiles} from './zip-port';
export {ZIP_OPTIONS} from './zip-port';
export type {ProfileName} from './profiles';
export {DEFAULT_PROFILE, PROFILE_NAMES, isProfileName} from './profiles';
