import type { ReactNode } from 'react';
import { useFocusOnMount } from './useFocusOnMount';

/** A page's h1 that takes focus when the page has no field to focus first. */
export function FocusedHeading({ children, id }: { children: ReactNode; id?: string }) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
