import { useCallback, useEffect, useState } from 'react';

/** The longest the tree and the summary wait for the grid's first rows (a grid that never paints any). */
const AT_MOST_MS = 1000;

/**
 * Whether the parts beside the grid (the tree, the summary) show the document yet: once the grid's first
 * rows are painted, so that the first screen's rows do not wait for them at start. Once true, for good.
 * `onFirstRows` goes to the grid (its first rows rendered); a document without rows, or a grid that
 * paints none within a second, shows them at once.
 */
export function useFirstRowsPainted(hasDocument: boolean, rowCount: number) {
  const [painted, setPainted] = useState(false);
  const onFirstRows = useCallback(() => {
    // After the frame that paints the rows: a task after the next animation frame.
    requestAnimationFrame(() => setTimeout(() => setPainted(true), 0));
  }, []);
  useEffect(() => {
    if (painted || !hasDocument) return;
    if (rowCount === 0) return setPainted(true);
    const timer = setTimeout(() => setPainted(true), AT_MOST_MS);
    return () => clearTimeout(timer);
  }, [painted, hasDocument, rowCount]);
  return { painted, onFirstRows };
}
