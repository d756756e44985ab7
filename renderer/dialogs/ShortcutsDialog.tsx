import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';

/** The keys of the workbench, as in Excel where Excel has one (F1 or "?" opens this). */
const KEYS = [
  ['↑ ↓ ← →', 'move'],
  ['y / t, a … e', 'answer'],
  ['F2', 'options'],
  ['Enter', 'enter'],
  ['Delete', 'delete'],
  ['Shift + ↑ ↓ ← →', 'range'],
  ['Shift + klik', 'rangeClick'],
  ['Ctrl + C / Ctrl + V', 'copy'],
  ['Ctrl + D', 'fillDown'],
  ['Ctrl + Z / Ctrl + Y', 'undo'],
  ['Ctrl + F', 'find'],
  ['Ctrl + P', 'print'],
  ['Tab / Shift + Tab', 'tab'],
] as const;

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('ui.shortcuts.title')} onClose={onClose} testId="shortcuts-dialog">
      <table className="list shortcuts">
        <tbody>
          {KEYS.map(([keys, what]) => (
            <tr key={what}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{t(`ui.shortcuts.${what}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
