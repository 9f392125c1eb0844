// word/fontTable.xml: every font the profile names, with the fallback Word tries when a machine
// lacks it (newer Windows has 仿宋 and 楷体 but not the _GB2312 fonts) and charset 86 (GB2312)
// for the Chinese fonts.

import {FontProfile, fontsOfProfile} from './font-profiles';
import {W_ROOT_NAMESPACES} from './namespaces';
import {XML_DECLARATION, escapeXml} from './xml-escape';

interface FontDeclaration {
  readonly altName?: string;
  /** Hex Windows charset: 86 = GB2312, 00 = ANSI. */
  readonly charset: '86' | '00';
  readonly family: 'roman' | 'swiss' | 'modern' | 'auto';
  readonly pitch: 'fixed' | 'variable';
}

const FONT_DECLARATIONS: {readonly [name: string]: FontDeclaration} = {
  'Times New Roman': {charset: '00', family: 'roman', pitch: 'variable'},
  仿宋_GB2312: {
    altName: '仿宋',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  楷体_GB2312: {
    altName: '楷体',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  黑体: {altName: 'SimHei', charset: '86', family: 'modern', pitch: 'fixed'},
  宋体: {altName: 'SimSun', charset: '86', family: 'auto', pitch: 'variable'},
  // 华文中宋 (installed with Office) is closer to 小标宋's heavy strokes than 宋体.
  方正小标宋简体: {
    altName: '华文中宋',
    charset: '86',
    family: 'auto',
    pitch: 'variable',
  },
  // Google's names; Linux packages ship the same fonts as "Noto … CJK SC".
  'Noto Serif SC': {
    altName: 'Noto Serif CJK SC',
    charset: '86',
    family: 'roman',
    pitch: 'variable',
  },
  'Noto Sans SC': {
    altName: 'Noto Sans CJK SC',
    charset: '86',
    family: 'swiss',
    pitch: 'variable',
  },
};

const UNKNOWN_FONT: FontDeclaration = {
  charset: '86',
  family: 'auto',
  pitch: 'variable',
};

function renderFont(name: string): string {
  const declaration = FONT_DECLARATIONS[name] || UNKNOWN_FONT;
  return (
    `<w:font w:name="${escapeXml(name)}">` +
    (declaration.altName
      ? `<w:altName w:val="${escapeXml(declaration.altName)}"/>`
      : '') +
    `<w:charset w:val="${declaration.charset}"/>` +
    `<w:family w:val="${declaration.family}"/>` +
    `<w:pitch w:val="${declaration.pitch}"/>` +
    '</w:font>'
  );
}

/** The font table part declaring every font of `profile`. */
export function renderFontTableXml(profile: FontProfile): string {
  return (
    XML_DECLARATION +
    `<w:fonts ${W_ROOT_NAMESPACES}>` +
    fontsOfProfile(profile).map(renderFont).join('') +
    '</w:fonts>'
  );
}
