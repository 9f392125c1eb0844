// Cell references live in the lowest layer (cells/), where findings can use them too; the workbook
// reader and the adapters keep importing them from here.

export * from '../cells/cell-ref';
