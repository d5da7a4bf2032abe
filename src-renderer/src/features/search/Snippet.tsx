import type { SearchResult } from '@shared/schemas/casefile-views';

/**
 * The matched words, highlighted. Pieces are React text children, so whatever a note contains
 * (`<img onerror=…>`, `<script>`) is shown as characters and never parsed as HTML.
 */
export function Snippet({ pieces }: { pieces: SearchResult['snippet'] }) {
  return (
    <span className="snippet">
      {pieces.map((piece, index) =>
        piece.hit ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
      )}
    </span>
  );
}
