// The strip at the top of every Vitrine page: the mark, the wordmark, and a
// slot on the right for the page's status (e.g. "Recording").
import type { ComponentChildren } from 'preact';
import { VitrineMark } from './vitrine-mark';

export function BrandBar({ children }: { children?: ComponentChildren }) {
  return (
    <header class="brand-bar">
      <span class="brand-bar__brand">
        <VitrineMark size={26} />
        <span class="brand-bar__wordmark">Vitrine</span>
      </span>
      {children}
    </header>
  );
}
