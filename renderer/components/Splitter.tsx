import { useRef } from 'react';

const MIN = 160;
const MAX = 640;

/**
 * The bar between the tree and the grid: drag it, or focus it and press ←/→ (Shift for larger steps), to
 * make the tree narrower or wider.
 */
export function Splitter({
  width,
  disabled,
  label,
  onWidth,
}: {
  width: number;
  disabled: boolean;
  label: string;
  onWidth: (width: number) => void;
}) {
  const start = useRef<{ x: number; width: number } | null>(null);
  const clamp = (w: number) => Math.round(Math.max(MIN, Math.min(MAX, w)));
  if (disabled) return <div className="splitter off" aria-hidden="true" />;
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={MIN}
      aria-valuemax={MAX}
      tabIndex={0}
      data-testid="tree-splitter"
      onPointerDown={(e) => {
        start.current = { x: e.clientX, width };
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (start.current) onWidth(clamp(start.current.width + e.clientX - start.current.x));
      }}
      onPointerUp={() => (start.current = null)}
      onKeyDown={(e) => {
        const step = e.shiftKey ? 40 : 10;
        if (e.key === 'ArrowLeft') onWidth(clamp(width - step));
        else if (e.key === 'ArrowRight') onWidth(clamp(width + step));
        else return;
        e.preventDefault();
      }}
    />
  );
}
