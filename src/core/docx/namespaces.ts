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

/** DrawingML: the anchor of a floating object, its graphic, and Word 2010's text-box shape. */
export const NS_WP =
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
export const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
export const NS_WPS =
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape';
