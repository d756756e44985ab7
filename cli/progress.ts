/** Where a progress line goes: a terminal (anything else gets none). */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write: (text: string) => unknown;
}

/**
 * A progress line for long work (a portfolio of many files, a large import), rewritten in place on a
 * terminal: `show(text)` replaces it, `show(null)` clears it. Undefined when the stream is not a terminal,
 * so that a pipe or a log file never gets a progress line. At most one redraw every 100 ms (a clear is
 * never skipped).
 */
export function progressLine(stream: ProgressStream, now: () => number = Date.now) {
  if (!stream.isTTY) return undefined;
  let shown = false;
  let last = -Infinity;
  return (text: string | null): void => {
    if (text === null) {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
      return;
    }
    if (shown && now() - last < 100) return;
    last = now();
    const width = Math.max(20, (stream.columns || 80) - 1);
    stream.write(`\r${text.length > width ? `${text.slice(0, width - 1)}…` : text}\x1b[K`);
    shown = true;
  };
}
