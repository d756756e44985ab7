const WORKBOOK = /\.(xlsx|xlsm|xls|ods)$/i;

/** Whether `rbw score` was given an LKE workbook rather than an answers file or a document. */
export function isWorkbookArgument(args: string[]): boolean {
  return args.some((a) => !a.startsWith('-') && WORKBOOK.test(a));
}
