import type { CarriedRecord } from '../../shared/yearly/carry-records';
import type { LastYear } from '../../shared/yearly/last-year';
import { LastYearSchema } from '../../shared/yearly/last-year';
import type { Recommendation } from '../../shared/yearly/recommendation';
import { RecommendationSchema } from '../../shared/yearly/recommendation';
import { ProblemError } from '../../shared/problem';
import type { AnswerRecord } from '../../shared/records/answer-record';
import type { Connection } from '../documents/sqlite/connection';

interface RecommendationRow {
  id: number;
  target_id: string | null;
  text: string;
  source: string;
  proposed: number;
  pokja: string | null;
  due_month: string | null;
  status: string;
  evidence: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
}

const RECOMMENDATION_COLUMNS =
  'id, target_id, text, source, proposed, pokja, due_month, status, evidence, created_at, created_by, updated_at';

/**
 * The tables of the yearly cycle (migration 004): last year's LKE, the answers carried from it and
 * their confirmation, and the recommendations followed up. Values read back are checked (zod): a
 * damaged row is named, never trusted.
 */
export class YearlyTables {
  constructor(
    private readonly c: Connection,
    private readonly file: string,
  ) {}

  lastYear(): LastYear | null {
    const row = this.c.statement('SELECT json FROM last_year WHERE id = 1').get() as
      { json: string } | undefined;
    if (!row) return null;
    const parsed = LastYearSchema.safeParse(safeJson(row.json));
    if (!parsed.success) throw this.damaged('last_year');
    return parsed.data;
  }

  writeLastYear(lastYear: LastYear): void {
    this.c
      .statement('INSERT OR REPLACE INTO last_year (id, source_file, read_at, json) VALUES (1, ?, ?, ?)')
      .run(lastYear.source.file, lastYear.source.readAt, JSON.stringify(lastYear));
  }

  /** Every carried item: what was carried and whether someone confirmed it. */
  carried(): Map<string, { record: CarriedRecord; confirmed: boolean }> {
    const rows = this.c.statement('SELECT item_id, record, confirmed_at FROM carried_items').all() as {
      item_id: string;
      record: string;
      confirmed_at: string | null;
    }[];
    const carried = new Map<string, { record: CarriedRecord; confirmed: boolean }>();
    for (const row of rows) {
      const record = safeJson(row.record) as Partial<AnswerRecord> | undefined;
      if (!record || typeof record !== 'object') throw this.damaged(`carried_items.${row.item_id}`);
      carried.set(row.item_id, {
        record: {
          answer: record.answer ?? null,
          note: record.note ?? null,
          evidence: Array.isArray(record.evidence) ? record.evidence : [],
          pokja: record.pokja ?? null,
        },
        confirmed: row.confirmed_at !== null,
      });
    }
    return carried;
  }

  writeCarried(itemId: string, record: CarriedRecord): void {
    this.c
      .statement('INSERT OR REPLACE INTO carried_items (item_id, record) VALUES (?, ?)')
      .run(itemId, JSON.stringify(record));
  }

  /** Marks carried items as confirmed; returns how many were still unconfirmed. */
  confirm(itemIds: readonly string[], at: string, author: string): number {
    let count = 0;
    const statement = this.c.statement(
      'UPDATE carried_items SET confirmed_at = ?, confirmed_by = ? WHERE item_id = ? AND confirmed_at IS NULL',
    );
    for (const id of itemIds) count += statement.run(at, author, id).changes;
    return count;
  }

  recommendations(): Recommendation[] {
    const rows = this.c
      .statement(`SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations ORDER BY id`)
      .all() as RecommendationRow[];
    return rows.map((row) => this.toRecommendation(row));
  }

  recommendation(id: number): Recommendation | undefined {
    const row = this.c
      .statement(`SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations WHERE id = ?`)
      .get(id) as RecommendationRow | undefined;
    return row && this.toRecommendation(row);
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

  private toRecommendation(row: RecommendationRow): Recommendation {
    const parsed = RecommendationSchema.safeParse({
      id: row.id,
      targetId: row.target_id,
      text: row.text,
      source: row.source,
      proposed: row.proposed === 1,
      pokja: row.pokja,
      dueMonth: row.due_month,
      status: row.status,
      evidence: row.evidence,
      createdAt: row.created_at,
      createdBy: row.created_by,
      updatedAt: row.updated_at,
    });
    if (!parsed.success) throw this.damaged(`recommendations.${row.id}`);
    return parsed.data;
  }

  private damaged(field: string): ProblemError {
    return new ProblemError([
      { code: 'document.damaged', params: { detail: field }, where: { file: this.file, field } },
    ]);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
