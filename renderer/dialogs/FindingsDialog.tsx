import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../shared/api/contract';
import {
  readableFindingParams,
  shortFormula,
  signedEffect,
} from '../../shared/workbook/findings/finding-text';
import { call } from '../api/client';
import { Dialog } from '../components/Dialog';
import { fmt } from '../components/format';
import { problemText } from '../i18n';
import { MakeTemplateForm } from './MakeTemplateForm';

/** The start of a formula the dialog shows: an LKE's run to a few hundred characters, a hostile one on. */
const FORMULA_SHOWN = 600;

type Findings = NonNullable<OperationOutput<'app.findings'>>;

interface Props {
  documentId: string;
  onError: (error: unknown) => void;
  onShow: (nodeId: string) => void;
  onClose: () => void;
}

/**
 * Where the workbook the document came from computes differently from the regulation's rule, each with
 * its cell, both formulas and the effect on the total, and what its answers held that it cannot score.
 */
export function FindingsDialog({ documentId, onError, onShow, onClose }: Props) {
  const { t } = useTranslation();
  const [found, setFound] = useState<Findings | null | undefined>(undefined);
  useEffect(() => {
    void call('app.findings', { documentId }).then(setFound, onError);
  }, [documentId, onError]);
  // The sheet's difference (workbook − regulation) and what the listed effects explain: said below them.
  const explained = found?.findings.find((f) => f.code === 'finding.differenceExplained');
  const findings = found?.findings.filter((f) => f !== explained) ?? [];
  return (
    <Dialog title={t('ui.dialogs.findingsTitle')} onClose={onClose} testId="findings-dialog">
      {found === undefined && <p className="muted">{t('ui.loading')}</p>}
      {found && (
        <>
          <p>
            {t('ui.dialogs.findingsIntro', {
              file: found.fileName,
              count: findings.length,
              workbook: fmt(found.totals.workbook, 4),
              standard: fmt(found.totals.standard, 4),
            })}
          </p>
          <ol className="findings">
            {findings.map((f, i) => (
              <li key={i} className={f.severity}>
                <div>{problemText({ ...f, params: readableFindingParams(f) })}</div>
                {f.workbookFormula && (
                  <div className="formula">
                    {t('finding.workbookFormula')}:{' '}
                    <code>={shortFormula(f.workbookFormula, FORMULA_SHOWN)}</code>
                  </div>
                )}
                {f.standardFormula && (
                  <div className="formula">
                    {t('finding.standardFormula')}:{' '}
                    <code>={shortFormula(f.standardFormula, FORMULA_SHOWN)}</code>
                  </div>
                )}
                {f.effect !== undefined && (
                  <div>
                    {t('finding.effect')}: <b>{signedEffect(f.effect, 4)}</b>
                  </div>
                )}
                {f.nodeId && (
                  <button type="button" className="link" onClick={() => onShow(f.nodeId as string)}>
                    {t('ui.dialogs.showInGrid', { code: f.nodeId })}
                  </button>
                )}
              </li>
            ))}
          </ol>
          {explained && <p data-testid="findings-difference">{problemText({ ...explained, where: {} })}</p>}
          <MakeTemplateForm documentId={documentId} fileName={found.fileName} />
        </>
      )}
    </Dialog>
  );
}
