/** The synthetic document's page furniture, shared by both writers. */
export const JOB_NUMBER = "24-24510 (E)";
export const BARCODE = "*2424510*";
export const RUNNING_TITLE = "Synthetic convention on lanterns and ledgers";

/** Running header of a page after the first: the symbol on the outer side, the running title on the inner. */
export function headerOf(page: number, symbol: string): { left: string; right: string } | undefined {
  if (page === 1) return { left: "", right: symbol };
  return page % 2 === 0 ? { left: symbol, right: RUNNING_TITLE } : { left: RUNNING_TITLE, right: symbol };
}

/** Footer: the job number and barcode on page 1, `n/N` on the outer side after it. */
export function footerOf(page: number, pages: number): { left: string; right: string; small: boolean } {
  if (page === 1) return { left: JOB_NUMBER, right: BARCODE, small: true };
  const number = `${page}/${pages}`;
  return page % 2 === 0 ? { left: number, right: "", small: false } : { left: "", right: number, small: false };
}
