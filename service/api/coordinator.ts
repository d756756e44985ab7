/**
 * What the `rbw plan` and `rbw portfolio` commands use of the service: loaded only by them (the
 * planner's solver and the portfolio's listing stay out of every other command's start).
 */
export { planDocument } from '../planning/plan-document';
export type { DocumentPlan } from '../planning/plan-document';
export { listPortfolio } from '../portfolio/list-portfolio';
export { writeRencanaAksi } from '../planning/write-rencana-aksi';
export { writeRekap } from '../portfolio/write-rekap';
