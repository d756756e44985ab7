import type { OpenDocument } from '../documents/open-document';
import type { AccountsStore } from '../documents/postgres/accounts-store';
import type { ServerDatabase } from '../documents/postgres/server-database';
import { sha256 } from './hash-token';
import { answersReply, portalError, UnitIdSchema, unitsReply } from './portal-api';
import type { Reply } from './reply';

/** Calls a PortalRB token may make in one minute; beyond them 429, as the guide states. */
export const PORTAL_CALLS_PER_MINUTE = 120;

/**
 * The PortalRB API of an organisation (`GET /pengusulan/unit-wbk`, `/pengusulan/unit-wbbm`,
 * `/lke/jawaban-unit/{unit_id}`): the bearer token checked against its hash, its rate, the unit's
 * organisation and proposal, then the answers of the 2026 master.
 */
export class PortalGate {
  private readonly calls = new Map<number, { minute: number; count: number }>();

  constructor(
    private readonly accounts: AccountsStore,
    private readonly database: ServerDatabase,
    private readonly open: (id: string, name: string) => Promise<OpenDocument>,
  ) {}

  /** Answers a call of the PortalRB API: `GET /pengusulan/unit-wbk`, `/pengusulan/unit-wbbm`, `/lke/jawaban-unit/{unit_id}`. */
  async answer(authorization: string | undefined, pathname: string): Promise<Reply> {
    const bearer = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    const token = bearer ? this.accounts.portalToken(sha256(bearer)) : undefined;
    if (!token) return portalError(401, 'UNAUTHORIZED', 'Token tidak valid atau tidak dikirimkan');
    if (!this.withinRate(token.id))
      return portalError(429, 'RATE_LIMITED', 'Batas permintaan terlampaui; coba lagi sebentar lagi');
    const year = new Date().getFullYear();
    const kind =
      pathname === '/pengusulan/unit-wbk' ? 'wbk' : pathname === '/pengusulan/unit-wbbm' ? 'wbbm' : null;
    if (kind) {
      const units = this.accounts.proposals(token.organisation_id, kind).map((p) => {
        const document = this.database.document(p.document_id);
        return { id: p.document_id, name: document?.name ?? p.document_id, year: null, afirmasi: p.afirmasi };
      });
      const named = await Promise.all(
        units.map(async (u) => {
          const doc = await this.open(u.id, u.name);
          return { ...u, name: doc.session.metadata.unit ?? u.name, year: doc.session.metadata.year };
        }),
      );
      return unitsReply(kind, named, year);
    }
    const unit = /^\/lke\/jawaban-unit\/([^/]+)$/.exec(pathname)?.[1];
    if (unit === undefined) return portalError(404, 'NOT_FOUND', 'Endpoint tidak dikenal');
    if (!UnitIdSchema.safeParse(unit).success)
      return portalError(422, 'INVALID_UNIT_ID', `unit_id tidak valid: ${unit.slice(0, 60)}`);
    const found = this.database.document(unit);
    if (!found) return portalError(404, 'DATA_NOT_FOUND', `Unit ${unit} tidak ditemukan`);
    if (found.organisation_id !== token.organisation_id)
      return portalError(403, 'FORBIDDEN', `Unit ${unit} bukan milik instansi pemilik token ini`);
    if (
      !this.accounts
        .proposals(token.organisation_id, 'wbk')
        .concat(this.accounts.proposals(token.organisation_id, 'wbbm'))
        .some((p) => p.document_id === unit)
    )
      return portalError(404, 'DATA_NOT_FOUND', `Unit ${unit} tidak diusulkan`);
    const doc = await this.open(found.id, found.name);
    doc.session.sync();
    return answersReply(unit, doc.session, year);
  }

  private withinRate(tokenId: number): boolean {
    const minute = Math.floor(Date.now() / 60_000);
    const seen = this.calls.get(tokenId);
    const count = seen && seen.minute === minute ? seen.count + 1 : 1;
    this.calls.set(tokenId, { minute, count });
    return count <= PORTAL_CALLS_PER_MINUTE;
  }
}
