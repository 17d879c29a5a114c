// Vitrine's mark inline, so pages draw it without a request and at any size.
// Same geometry as public/icon/vitrine.svg (the source of the toolbar icons).

export function VitrineMark({ size = 28, title }: { size?: number; title?: string }) {
  return (
    <svg
      class="vitrine-mark"
      viewBox="0 0 128 128"
      width={size}
      height={size}
      role={title ? 'img' : undefined}
      aria-hidden={title ? undefined : 'true'}
      aria-label={title}
      focusable="false"
    >
      <path d="M8 128V62a56 56 0 0 1 112 0v66z" fill="#1f1a16" />
      <path d="M23 128V63a41 41 0 0 1 82 0v65" fill="none" stroke="#c9a76a" stroke-width="5" />
      <path d="M39 52l25 55 25-55" fill="none" stroke="#f7f1e6" stroke-width="13" stroke-miterlimit="10" />
    </svg>
  );
}
