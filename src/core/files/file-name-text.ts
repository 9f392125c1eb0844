// The words the tools put in the names of the files they write, in one table.

import type {ProfileName} from '../docx/profiles';

export const FILE_NAME_TEXT = {
  /** After the rest of a report's name when it was built despite errors, on request. */
  draftMark: '草稿（有错误）',
  /** The name of a document whose title is empty once made safe. */
  untitled: '报告',
  /** Right after the title, so the submitted file does not take the public one's name. */
  profileSuffix: {
    公文: '',
    在线: '',
    报送: '（报送版）',
  } as {readonly [profile in ProfileName]: string},
} as const;
