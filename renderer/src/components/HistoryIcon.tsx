/**
 * The curved arrow of undo, mirrored for redo. Drawn, not a font glyph, so that it looks the same
 * with any system font; the button around it carries the name.
 */
export function HistoryIcon({ direction }: { direction: 'undo' | 'redo' }) {
  return (
    <svg
      className="history-icon"
      viewBox="0 0 20 20"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
      style={direction === 'redo' ? { transform: 'scaleX(-1)' } : undefined}
    >
      <path
        d="M7 4 3 8l4 4M3.5 8H12a5 5 0 0 1 0 10H8"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
