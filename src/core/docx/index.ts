// Public API of the OOXML renderer.

export {DocxPart, renderDocxParts} from './render-docx-parts';
export {FONT_PROFILES, FontProfileName} from './font-profiles';
