import { createContext } from 'react';
import type { Notice } from '../state/use-workbench';

/**
 * The message of the moment, for dialogs: a modal dialog covers the bar under the header, so it shows
 * the message itself (a failed export says why inside the export dialog).
 */
export const NoticeContext = createContext<{
  notice: Notice | null;
  dismiss: () => void;
  describe: (line: string) => string;
}>({
  notice: null,
  dismiss: () => undefined,
  describe: (line) => line,
});
