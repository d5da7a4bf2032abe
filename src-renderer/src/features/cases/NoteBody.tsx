import type { ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';

/**
 * A note's text as Markdown, safely. Notes may hold anything a lawyer pasted (a petition draft,
 * an e-mail), so:
 *  - raw HTML is never interpreted: without rehype-raw, react-markdown turns it into plain text,
 *    so `<script>` or `<img onerror>` shows as the characters typed (nothing typed is lost);
 *  - only a short list of elements is allowed at all;
 *  - links and images become plain text (a link keeps its address in brackets): the app must
 *    never navigate away or load anything from the network because of a note;
 *  - headings become bold paragraphs so a note cannot break the page's heading outline.
 */
const ALLOWED = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'pre',
  'hr',
  'a',
  'img',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
];

const heading = ({ children }: { children?: ReactNode }) => (
  <p className="note-heading">
    <strong>{children}</strong>
  </p>
);

const COMPONENTS: Components = {
  a: ({ children, href }) => (
    <span className="note-link">
      {children}
      {href && !(typeof children === 'string' && children === href) ? ` (${href})` : ''}
    </span>
  ),
  img: ({ alt }) => (alt ? <span className="note-link">{alt}</span> : null),
  h1: heading,
  h2: heading,
  h3: heading,
  h4: heading,
  h5: heading,
  h6: heading,
};

/**
 * Addresses are only ever shown as text (see `a` above), so they are kept as typed; the default
 * transform would blank a `javascript:` address and hide what the note actually says.
 */
const keepAsText = (url: string): string => url;

export function NoteBody({ body }: { body: string }) {
  return (
    <div className="note-body">
      <Markdown allowedElements={ALLOWED} unwrapDisallowed components={COMPONENTS} urlTransform={keepAsText}>
        {body}
      </Markdown>
    </div>
  );
}
