// How many findings one text rule reports for one cell. A cell with more problems of one kind
// than this must be rewritten anyway; the cap keeps a pasted 100 KB cell (thousands of stray
// brackets or years) from producing a hundred thousand findings and seconds of work.

export const MAX_FINDINGS_PER_RULE = 50;
