// XML namespaces and content types of the WordprocessingML package (ECMA-376, transitional).

export const NS_W =
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const NS_R =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const NS_PACKAGE_RELATIONSHIPS =
  'http://schemas.openxmlformats.org/package/2006/relationships';
export const NS_CONTENT_TYPES =
  'http://schemas.openxmlformats.org/package/2006/content-types';

/** `xmlns` attributes for a part whose root is in the `w:` namespace. */
export const W_ROOT_NAMESPACES = `xmlns:w="${NS_W}" xmlns:r="${NS_R}"`;
