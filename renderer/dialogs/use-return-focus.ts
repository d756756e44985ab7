import { useEffect, useState } from 'react';

/**
 * Focus goes back where it was when a dialog opened (the grid cell it was opened from) once the dialog
 * closes, saved or cancelled, without scrolling: the keyboard goes on from there. A dialog taken out of
 * the page would otherwise leave the focus on the page itself.
 */
export function useReturnFocus(): void {
  const [opener] = useState(() => document.activeElement);
  useEffect(
    () => () => {
      const target = opener instanceof HTMLElement && opener.isConnected ? opener : null;
      // After the dialog's own removal, so that nothing takes the focus back from here.
      setTimeout(() => target?.focus({ preventScroll: true }), 0);
    },
    [opener],
  );
}
