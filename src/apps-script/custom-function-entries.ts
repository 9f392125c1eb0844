// Custom functions for cells (=FZ_PERCENT(…) and the like). Filled in by issue #4; each is a
// thin wrapper over the pure functions in src/core/custom-functions, with the JSDoc Sheets shows.

export {};
