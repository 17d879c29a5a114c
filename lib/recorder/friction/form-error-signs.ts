// Reads the signs of a form rejecting the shopper's input from the DOM: a
// native `invalid` event, a field turning aria-invalid="true" or gaining an
// error class, an error message appearing beside a field. Returns which field
// and what kind of error — never a value, never the message's text.

export type ErrorSource = 'invalid' | 'ariaInvalid' | 'errorClass' | 'message';
/** What the browser's own validation says was wrong (ValidityState), when it says it. */
export type ErrorKind = 'missing' | 'format' | 'range' | 'custom';

export interface FormErrorSign {
  source: ErrorSource;
  /** The field in error, or null for a message that names no field we can find. */
  field: Element | null;
  kind: ErrorKind | null;
}

const FIELDS = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="image"]):not([type="reset"]), select, textarea, [role="textbox"], [role="combobox"]';
const ERROR_CLASS = /(?:^|[\s_-])(?:error|errors|invalid|is-invalid|has-error)(?:$|[\s_-])/i;
const MESSAGE = '[role="alert"], [aria-live="assertive"], [class*="error" i], [class*="invalid" i], [id*="error" i]';
/** How much of a form a mutation batch may make us read. */
const MAX_RECORDS_READ = 60;
const MAX_MESSAGES_PER_NODE = 5;
const MAX_MESSAGE_TEXT = 300;

export function readInvalidEvent(event: Event): FormErrorSign | null {
  const field = event.target;
  if (!(field instanceof Element)) return null;
  const validity = (field as Partial<HTMLInputElement>).validity;
  let kind: ErrorKind | null = null;
  if (validity?.valueMissing) kind = 'missing';
  else if (validity?.typeMismatch || validity?.patternMismatch || validity?.badInput) kind = 'format';
  else if (validity?.tooShort || validity?.tooLong || validity?.rangeUnderflow || validity?.rangeOverflow || validity?.stepMismatch) kind = 'range';
  else if (validity?.customError) kind = 'custom';
  return { source: 'invalid', field, kind };
}

/** The field an error message is about: the one it describes (aria-describedby), else the nearest before it. */
function fieldBeside(message: Element): Element | null {
  const doc = message.ownerDocument;
  if (message.id && typeof CSS !== 'undefined') {
    const described = doc.querySelector(`[aria-describedby~="${CSS.escape(message.id)}"], [aria-errormessage="${CSS.escape(message.id)}"]`);
    if (described) return described;
  }
  let node: Element | null = message;
  for (let depth = 0; node && depth < 3; depth += 1, node = node.parentElement) {
    for (let sibling = node.previousElementSibling, hops = 0; sibling && hops < 3; sibling = sibling.previousElementSibling, hops += 1) {
      if (sibling.matches(FIELDS)) return sibling;
      const inside = sibling.querySelectorAll(FIELDS);
      if (inside.length === 1) return inside[0]; // a field's wrapper; a whole form beside a toast is not "beside a field"
      if (inside.length > 1) return null;
    }
  }
  return null;
}

function isErrorMessage(el: Element): boolean {
  if (el.matches(FIELDS) || el.querySelector(FIELDS)) return false; // a field's wrapper, not its message
  const text = (el.textContent ?? '').trim();
  return text.length > 0 && text.length <= MAX_MESSAGE_TEXT;
}

function messagesIn(node: Node): Element[] {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement; // text set into an empty message element
  if (!el) return [];
  const found: Element[] = [];
  const self = el.matches(MESSAGE) ? el : el.parentElement?.closest(MESSAGE);
  if (self && isErrorMessage(self)) found.push(self);
  else if (node.nodeType === 1) {
    const inside = el.querySelectorAll(MESSAGE);
    for (let i = 0; i < inside.length && found.length < MAX_MESSAGES_PER_NODE; i += 1) if (isErrorMessage(inside[i])) found.push(inside[i]);
  }
  return found;
}

/** Records come from an observer with attributeFilter ['aria-invalid', 'class'] and attributeOldValue. */
export function readErrorMutations(records: MutationRecord[]): FormErrorSign[] {
  const signs: FormErrorSign[] = [];
  const seen = new Set<Element>();
  for (let i = 0; i < records.length && i < MAX_RECORDS_READ; i += 1) {
    const record = records[i];
    if (record.type === 'attributes' && record.target instanceof Element) {
      const el = record.target;
      if (record.attributeName === 'aria-invalid') {
        if (el.getAttribute('aria-invalid') === 'true' && record.oldValue !== 'true') signs.push({ source: 'ariaInvalid', field: el, kind: null });
      } else if (record.attributeName === 'class' && ERROR_CLASS.test(el.getAttribute('class') ?? '') && !ERROR_CLASS.test(record.oldValue ?? '')) {
        const field = el.matches(FIELDS) ? el : el.querySelector(FIELDS);
        if (field) signs.push({ source: 'errorClass', field, kind: null });
      }
    } else if (record.type === 'childList' || record.type === 'characterData') {
      const nodes = record.type === 'childList' ? record.addedNodes : [record.target];
      for (const node of nodes) {
        for (const message of messagesIn(node)) {
          if (seen.has(message)) continue;
          seen.add(message);
          const field = fieldBeside(message);
          // Beside a field, or at least in a form: a site-wide "error" toast is not a form error.
          if (field || message.closest('form, fieldset, [role="form"]')) signs.push({ source: 'message', field, kind: null });
        }
      }
    }
  }
  return signs;
}
