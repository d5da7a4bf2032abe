import { percent } from './format';

interface Props {
  label: string;
  text: string;
  done: number;
  total: number;
  onStop?: (() => void) | undefined;
  stopLabel?: string | undefined;
}

/** A native <progress> (announced by screen readers) with its text and an optional stop button. */
export function ProgressBar({ label, text, done, total, onStop, stopLabel }: Props) {
  return (
    <div className="cluster doc-progress" data-testid="doc-progress">
      <progress className="doc-progress-bar" aria-label={label} max={100} value={percent(done, total)} />
      <p className="doc-progress-text" role="status">
        {text}
      </p>
      {onStop ? (
        <button type="button" className="button button-small" onClick={onStop}>
          {stopLabel}
        </button>
      ) : null}
    </div>
  );
}
