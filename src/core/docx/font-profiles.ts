// The two font profiles: 公文 for the printed .docx, 在线 for the Google Doc that reviewers read.
// Every run names an East Asian font and a Latin font (digits and letters).

/** 公文: official fonts of GB/T 9704; 在线: fonts Google Docs has (it draws unknown fonts as Arial). */
export type FontProfileName = '公文' | '在线';

/** What a run is used for; heading levels 3 and 4 use the body font. */
export type FontRole =
  'title' | 'body' | 'heading1' | 'heading2' | 'pageNumber';

export interface RunFonts {
  /** The `w:eastAsia` slot: the font Word uses for Chinese characters. */
  readonly eastAsia: string;
  /** The `w:ascii`, `w:hAnsi` and `w:cs` slots: digits, Latin letters, other scripts. */
  readonly latin: string;
}

export type FontProfile = {readonly [role in FontRole]: RunFonts};

const TIMES = 'Times New Roman';

export const FONT_PROFILES = {
  公文: {
    title: {eastAsia: '方正小标宋简体', latin: TIMES},
    body: {eastAsia: '仿宋_GB2312', latin: TIMES},
    heading1: {eastAsia: '黑体', latin: TIMES},
    heading2: {eastAsia: '楷体_GB2312', latin: TIMES},
    // GB/T 9704 7.5: page numbers are half-width 宋体 digits, so the Latin slot is 宋体 too.
    pageNumber: {eastAsia: '宋体', latin: '宋体'},
  },
  // Google Docs keeps one font per run, so every slot names the same Google font.
  在线: {
    title: {eastAsia: 'Noto Serif SC', latin: 'Noto Serif SC'},
    body: {eastAsia: 'Noto Serif SC', latin: 'Noto Serif SC'},
    heading1: {eastAsia: 'Noto Sans SC', latin: 'Noto Sans SC'},
    heading2: {eastAsia: 'Noto Serif SC', latin: 'Noto Serif SC'},
    pageNumber: {eastAsia: 'Noto Serif SC', latin: 'Noto Serif SC'},
  },
} as const satisfies {readonly [name in FontProfileName]: FontProfile};

/** Every distinct font name a profile uses, in a stable order. */
export function fontsOfProfile(profile: FontProfile): string[] {
  const names: string[] = [];
  for (const role of Object.keys(profile) as FontRole[]) {
    for (const name of [profile[role].eastAsia, profile[role].latin]) {
      if (names.indexOf(name) < 0) names.push(name);
    }
  }
  return names;
}
