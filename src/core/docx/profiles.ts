// The three outputs: 公文 (the public .docx), 在线 (the Google Doc) and 报送 (the 公文 submitted to
// the higher organ, with the 版头 and 版记 of GB/T 9704-2012 7.2 and 7.4 and a sealed sign-off).

import type {FontProfileName} from './font-profiles';

export type ProfileName = FontProfileName | '报送';

export interface Profile {
  readonly fonts: FontProfileName;
  /** Prints 版头, 版记 and the sealed sign-off (GB/T 9704-2012 7.3.5.1). */
  readonly submission: boolean;
}

export const PROFILES: {readonly [name in ProfileName]: Profile} = {
  公文: {fonts: '公文', submission: false},
  在线: {fonts: '在线', submission: false},
  报送: {fonts: '公文', submission: true},
};

export const PROFILE_NAMES = Object.keys(PROFILES) as readonly ProfileName[];

/** The output when none is chosen: the public 公文 version. */
export const DEFAULT_PROFILE: ProfileName = '公文';

export function isProfileName(name: string): name is ProfileName {
  return Object.prototype.hasOwnProperty.call(PROFILES, name);
}
