import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, taken in only once the screen has painted the change that brought it: what depends on it
 * redraws in the next frame, so that the frame right after an edit has only the total to draw. A value
 * that is not `comparable` to the one shown (another document) is taken at once.
 */
export function useAfterPaint<T>(
  value: T,
  comparable: (shown: NonNullable<T>, next: NonNullable<T>) => boolean,
): T {
  const [later, setLater] = useState(value);
  useEffect(() => {
    if (later === value) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setLater(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [later, value]);
  if (later === null || later === undefined || value === null || value === undefined) return value;
  return comparable(later as NonNullable<T>, value as NonNullable<T>) ? later : value;
}
