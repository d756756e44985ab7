import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Portfolio } from '../../shared/portfolio/portfolio';
import { ApiProblems, call } from '../api/client';
import { Dialog } from '../components/Dialog';
import { fmt } from '../components/format';
import { downloadWorkbook, pickNativePath } from '../dialogs/pick-path';

/** A share of an area's weight as a colour: red below 60% (the WBK minimum), amber to 75%, green above. */
function heat(share: number): string {
  // The further below 60%, the deeper the red.
  if (share < 0.6) return `hsl(0, 70%, ${62 + share * 45}%)`;
  if (share < 0.75) return 'hsl(45, 90%, 75%)';
  return `hsl(130, 45%, ${88 - (share - 0.75) * 120}%)`;
}

/**
 * The coordinator's view of a folder of units: every unit ranked with its total, category, the
 * regulation's total, completeness, reviewer, last year and the change, the predicates; the category
 * distribution; a heat map of every area across units; a row opens its unit's document.
 */
export function PortfolioView({ onOpen, onClose }: { onOpen: (path: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [folders, setFolders] = useState<string[]>([]);
  const [folder, setFolder] = useState<string>('');
  const [portfolio, setPortfolio] = useState<Portfolio | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [exported, setExported] = useState<string | null>(null);

  useEffect(() => {
    void call('app.files', {}).then((files) => {
      const paths = files.folders.map((f) => f.path);
      setFolders(paths);
      // The folder the user opened (after the workbench's own data folder) comes first.
      setFolder(paths[paths.length - 1] ?? '');
    });
  }, []);
  useEffect(() => {
    if (!folder) return;
    setBusy(true);
    setError(null);
    call('portfolio.list', { folder })
      .then(setPortfolio, (e: unknown) =>
        setError(e instanceof ApiProblems ? e.problems.map((p) => p.code).join(', ') : String(e)),
      )
      .finally(() => setBusy(false));
  }, [folder]);

  /** The rekap workbook: saved where the desktop app's dialog says, else offered as a download. */
  const exportRekap = async () => {
    const path = await pickNativePath('export');
    if (path === null) return;
    setError(null);
    setExported(null);
    try {
      const result = await call('portfolio.export', { folder, ...(path ? { path } : {}) });
      if (result.contentBase64) downloadWorkbook(result.fileName, result.contentBase64);
      setExported(result.path);
    } catch (e) {
      setError(e instanceof ApiProblems ? e.problems.map((p) => p.code).join(', ') : String(e));
    }
  };

  // One heat map per model: a ZI unit's areas are not an RB unit's.
  const models = [...new Set((portfolio?.units ?? []).map((u) => u.model))].map((model) => {
    const units = (portfolio?.units ?? []).filter((u) => u.model === model);
    return { model, units, areas: units.find((u) => u.areas.length)?.areas ?? [] };
  });
  const unitPath = (file: string) =>
    /^([A-Za-z]:[\\/]|\/)/.test(file) ? file : `${portfolio?.folder ?? ''}/${file}`;
  const distribution = Object.entries(portfolio?.distribution ?? {}).map(([category, units]) => ({
    category,
    units,
  }));
  const pass = (p: { whole: boolean; halves: boolean }) =>
    p.whole && p.halves ? '✓' : p.whole || p.halves ? '½' : '✗';
  return (
    <Dialog title={t('ui.coordinator.portfolio')} onClose={onClose} testId="portfolio">
      <div className="portfolio">
        <label className="portfolio-folder">
          {t('ui.coordinator.folder')}{' '}
          <select value={folder} onChange={(e) => setFolder(e.target.value)} data-testid="portfolio-folder">
            {folders.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
          {busy && <span className="muted"> {t('ui.working')}</span>}
        </label>
        {portfolio && (
          <button type="button" onClick={() => void exportRekap()} data-testid="portfolio-export">
            {t('ui.coordinator.exportRekap')}
          </button>
        )}
        {exported && (
          <span className="muted" data-testid="portfolio-exported">
            {' '}
            {t('ui.coordinator.exported', { path: exported })}
          </span>
        )}
        {error && <p className="error">{error}</p>}
        {portfolio && (
          <>
            <div className="portfolio-top">
              <figure className="chart" aria-label={t('ui.coordinator.distribution')}>
                <figcaption>{t('ui.coordinator.distribution')}</figcaption>
                <ResponsiveContainer width="100%" height={140}>
                  <BarChart data={distribution} margin={{ top: 4, right: 4, bottom: 0, left: -28 }}>
                    <CartesianGrid strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="category" fontSize={11} />
                    <YAxis allowDecimals={false} fontSize={10} />
                    <Tooltip />
                    <Bar
                      dataKey="units"
                      name={t('ui.coordinator.units')}
                      fill="#1f5fa8"
                      isAnimationActive={false}
                    />
                  </BarChart>
                </ResponsiveContainer>
              </figure>
              <div className="within-reach" data-testid="within-reach">
                <b>{t('ui.coordinator.withinReach', { points: fmt(portfolio.reach) })}</b>
                {portfolio.withinReach.length === 0 && (
                  <div className="muted">{t('ui.coordinator.none')}</div>
                )}
                {portfolio.withinReach.map((r) => (
                  <div key={r.file}>
                    {r.unit} → {r.category}: {t('ui.coordinator.missing', { points: fmt(r.missing) })}
                  </div>
                ))}
              </div>
            </div>
            <table className="portfolio-table" data-testid="portfolio-table">
              <thead>
                <tr>
                  <th>#</th>
                  <th>{t('ui.coordinator.unit')}</th>
                  <th>{t('ui.coordinator.model')}</th>
                  <th>{t('ui.total')}</th>
                  <th>{t('ui.category')}</th>
                  <th>{t('ui.standardRule')}</th>
                  <th>{t('ui.completeness')}</th>
                  <th>{t('ui.reviewer')}</th>
                  <th>{t('ui.coordinator.prior')}</th>
                  <th>{t('ui.coordinator.change')}</th>
                  <th>{t('ui.predicates')}</th>
                </tr>
              </thead>
              <tbody>
                {portfolio.units.map((u) => (
                  <tr
                    key={u.file}
                    data-testid={`unit-${u.file}`}
                    className="clickable"
                    title={t('ui.coordinator.openUnit')}
                    onClick={() => onOpen(unitPath(u.file))}
                  >
                    <td>{u.rank}</td>
                    <td>{u.unit}</td>
                    <td>{u.model}</td>
                    <td
                      className="num"
                      title={
                        u.emptySubAreas.length
                          ? t('ui.numbers.emptySubAreas', {
                              list: u.emptySubAreas.map((a) => `${a.id} ${a.title}`).join('; '),
                            })
                          : undefined
                      }
                    >
                      {u.totalError !== null
                        ? t('ui.numbers.totalIncomplete', { error: u.totalError })
                        : `${fmt(u.total)}${u.incomplete ? '*' : ''}`}
                    </td>
                    <td>
                      <span className="category-badge">{u.category ?? '–'}</span>
                    </td>
                    <td className="num">{u.totalError !== null ? '–' : fmt(u.standardTotal)}</td>
                    <td className="num">{fmt(u.completeness * 100, 0)}%</td>
                    <td className="num">{fmt(u.reviewerTotal)}</td>
                    <td className="num">{fmt(u.priorTotal)}</td>
                    <td className="num">
                      {u.change === null ? '–' : `${u.change >= 0 ? '+' : ''}${fmt(u.change)}`}
                    </td>
                    <td>
                      {u.predicates.map((p) => `${p.id.toUpperCase()} ${pass(p.pass)}`).join(' ') || '–'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {portfolio.units.some((u) => u.incomplete) && (
              <p className="muted" data-testid="portfolio-legend">
                {portfolio.units.some((u) => u.incomplete && u.totalError === null) && (
                  <span className="legend-line">{t('ui.numbers.partlyEmpty')}</span>
                )}
                {[...new Set(portfolio.units.map((u) => u.totalError).filter((e) => e !== null))].map((e) => (
                  <span key={e} className="legend-line">
                    {t('ui.numbers.incompleteLegend', { error: e })}
                  </span>
                ))}
              </p>
            )}
            {models.map(({ model, units, areas }) =>
              areas.length === 0 ? null : (
                <table
                  key={model}
                  className="heat-map"
                  data-testid="heat-map"
                  aria-label={t('ui.coordinator.heatMap')}
                >
                  <caption>
                    {t('ui.coordinator.heatMap')} ({model.toUpperCase()})
                  </caption>
                  <thead>
                    <tr>
                      <th>{t('ui.coordinator.unit')}</th>
                      {areas.map((a) => (
                        <th key={a.id} title={a.title}>
                          {a.id}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {units.map((u) => (
                      <tr key={u.file}>
                        <td>{u.unit}</td>
                        {areas.map((a) => {
                          const area = u.areas.find((x) => x.id === a.id);
                          return (
                            <td
                              key={a.id}
                              className="num"
                              style={{ background: area ? heat(area.percent) : undefined }}
                              title={area ? `${a.title}: ${fmt(area.value)} / ${fmt(area.weight)}` : ''}
                            >
                              {area ? fmt(area.percent * 100, 0) : '–'}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              ),
            )}
          </>
        )}
      </div>
    </Dialog>
  );
}
