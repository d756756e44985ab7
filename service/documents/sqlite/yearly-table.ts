import type { CarriedRecord } from '../../../shared/yearly/carry-records';
import type { LastYear } from '../../../shared/yearly/last-year';
import type { Recommendation } from '../../../shared/yearly/recommendation';
import type { YearlyReads, YearlyWrites } from '../storage/document-store';
import {
  CarriedRowSchema,
  checkedOptional,
  checkedRows,
  JsonRowSchema,
  RecommendationRowSchema,
} from '../storage/rows';
import { carriedOf, lastYearOf, RECOMMENDATION_COLUMNS, recommendationOf } from '../storage/yearly-rows';
import type { Connection } from './connection';

/**
 * The tables of the yearly cycle (migration 004): last year's LKE, the answers carried from it and
 * their confirmation, and the recommendations followed up.
 */
export class YearlyTable implements YearlyReads, YearlyWrites {
  constructor(
    private readonly c: Connection,
    private readonly file: string,
  ) {}

  lastYear(): LastYear | null {
    const row = this.c.statement('SELECT json FROM last_year WHERE id = 1').get();
    return lastYearOf(checkedOptional(JsonRowSchema, row, this.file, 'last_year')?.json, this.file);
  }

  writeLastYear(lastYear: LastYear): void {
    this.c
      .statement('INSERT OR REPLACE INTO last_year (id, source_file, read_at, json) VALUES (1, ?, ?, ?)')
      .run(lastYear.source.file, lastYear.source.readAt, JSON.stringify(lastYear));
  }

  carried(): Map<string, { record: CarriedRecord; confirmed: boolean }> {
    const rows = this.c.statement('SELECT item_id, record, confirmed_at FROM carried_items').all();
    return carriedOf(checkedRows(CarriedRowSchema, rows, this.file, 'carried_items'), this.file);
  }

  writeCarried(itemId: string, record: CarriedRecord): void {
    this.c
      .statement('INSERT OR REPLACE INTO carried_items (item_id, record) VALUES (?, ?)')
      .run(itemId, JSON.stringify(record));
  }

  confirm(itemIds: readonly string[], at: string, author: string): number {
    let count = 0;
    const statement = this.c.statement(
      'UPDATE carried_items SET confirmed_at = ?, confirmed_by = ? WHERE item_id = ? AND confirmed_at IS NULL',
    );
    for (const id of itemIds) count += statement.run(at, author, id).changes;
    return count;
  }

  recommendations(): Recommendation[] {
    const rows = this.c.statement(`SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations ORDER BY id`).all();
    return checkedRows(RecommendationRowSchema, rows, this.file, 'recommendations').map((row) =>
      recommendationOf(row, this.file),
    );
  }

  recommendation(id: number): Recommendation | undefined {
    const row = this.c
      .statement(`SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations WHERE id = ?`)
      .get(id);
    const checked = checkedOptional(RecommendationRowSchema, row, this.file, 'recommendations');
    return checked && recommendationOf(checked, this.file);
  }

  addRecommendation(r: Omit<Recommendation, 'id'>): number {
    const { lastInsertRowid } = this.c
      .statement(
        `INSERT INTO recommendations (target_id, text, source, proposed, pokja, due_month, status, evidence,
           created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        r.targetId,
        r.text,
        r.source,
        r.proposed ? 1 : 0,
        r.pokja,
        r.dueMonth,
        r.status,
        r.evidence,
        r.createdAt,
        r.createdBy,
        r.updatedAt,
      );
    return Number(lastInsertRowid);
  }

  updateRecommendation(r: Recommendation): void {
    this.c
      .statement(
        `UPDATE recommendations SET target_id = ?, text = ?, proposed = ?, pokja = ?, due_month = ?, status = ?,
           evidence = ?, updated_at = ? WHERE id = ?`,
      )
      .run(
        r.targetId,
        r.text,
        r.proposed ? 1 : 0,
        r.pokja,
        r.dueMonth,
        r.status,
        r.evidence,
        r.updatedAt,
        r.id,
      );
  }
}
