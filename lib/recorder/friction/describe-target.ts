// A short name for the element a friction happened on — "button.add-to-bag",
// "div[role=button]" — so a report can say *what* was clicked without saying
// anything about *who*: built from tag, type, role and one stable class only;
// never text, values, ids, hrefs or generated (hashed) class names.
const MAX_LENGTH = 80;
/** Readable class names: words joined by - or _ (BEM's __ and -- too), no long digit runs. */
const READABLE_CLASS = /^[a-z][a-z0-9]*(?:(?:-{1,2}|_{1,2})[a-z0-9]+)*$/i;
/** CSS-in-JS output (css-1x2y3z, sc-bdVaJa, jsx-123, emotion, svelte-xyz) and utility hashes. */
const GENERATED_CLASS = /^(?:css|sc|jsx|emotion|svelte|tw|styled|chakra|mui|makeStyles)-|\d{3,}|(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{5,}/i;
const TOKEN = /^[a-z][a-z-]{0,23}$/i;

/** The longest readable class: "add-to-bag" says more than "btn". */
function stableClass(el: Element): string | null {
  let best: string | null = null;
  for (const name of el.classList) {
    if (name.length < 3 || name.length > 40 || !READABLE_CLASS.test(name) || GENERATED_CLASS.test(name)) continue;
    if (!best || name.length > best.length) best = name;
  }
  return best;
}

export function describeTarget(el: Element): string {
  let name = el.tagName.toLowerCase();
  const type = name === 'input' ? el.getAttribute('type') : null;
  if (type && TOKEN.test(type)) name += `[type=${type.toLowerCase()}]`;
  const role = el.getAttribute('role');
  if (role && TOKEN.test(role)) name += `[role=${role.toLowerCase()}]`;
  const className = stableClass(el);
  if (className) name += `.${className}`;
  return name.slice(0, MAX_LENGTH);
}
