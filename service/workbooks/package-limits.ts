/**
 * What a workbook may hold before the workbench reads it, checked on the package (the .xlsx zip and its
 * sheets' XML) before exceljs builds anything. A real LKE workbook is under 1 MB with 13–34 parts,
 * ~2,200 rows × ~30 columns and parts that unpack to at most 16 times their packed size; every limit is
 * far above that and far below what would take minutes or gigabytes to read. The README lists them.
 */
export const PACKAGE_LIMITS = {
  /** Size of the file itself (.xlsx, .xls, .ods). */
  fileBytes: 50 * 1024 * 1024,
  /** Parts (zip entries) in the package. */
  entries: 2_000,
  /**
   * What one part unpacks to: a sheet LibreOffice saved with rows formatted to the last column holds
   * 16,384 style-only cells a row (70 MB for a 212-row LKE); those are dropped before reading.
   */
  entryBytes: 200 * 1024 * 1024,
  /** What all parts unpack to together. */
  totalBytes: 400 * 1024 * 1024,
  /** Unpacked ÷ packed bytes of a part, for parts that unpack to more than `ratioFromBytes`. */
  ratio: 200,
  ratioFromBytes: 1024 * 1024,
  /** The highest row number a sheet may use or declare (Excel's own limit is 1,048,576). */
  rows: 100_000,
  /** The highest column a cell holding something may use: 1,024 = AMJ (Excel's own limit is 16,384, XFD). */
  columns: 1_024,
  /** Cells holding something, in all sheets together (style-only cells do not count). */
  cells: 500_000,
  /**
   * Cells the formulas' ranges cover, each distinct range once, after whole-column and whole-sheet
   * ranges (`A:A`, `A1:XFD1048576`) are cut to the used range: the engine's work and memory grow with
   * it (about 1 s and 350 MB per million cells). A real LKE's ranges cover a few thousand cells.
   */
  rangeCells: 1_000_000,
} as const;

export const MEGABYTE = 1024 * 1024;
