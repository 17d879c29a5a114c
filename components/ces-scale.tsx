// The Customer Effort Score question as a labelled radio group: the statement,
// seven points from "Strongly disagree" (1) to "Strongly agree" (7). Native
// radios, so arrow keys move the choice and screen readers name each point.
import { CES_POINTS, CES_STATEMENT, cesAgreement, type CesPoint } from '@/lib/format';

export interface CesScaleProps {
  value: number | null;
  onChange: (point: CesPoint) => void;
  /** The radios' group name: unique per question on a page. */
  name: string;
  disabled?: boolean;
}

export function CesScale({ value, onChange, name, disabled = false }: CesScaleProps) {
  return (
    <fieldset class="ces-scale" disabled={disabled}>
      <legend class="ces-scale__legend">
        <span class="visually-hidden">How much do you agree: </span>
        <span class="ces-scale__statement">“{CES_STATEMENT}”</span>
      </legend>
      <div class="ces-scale__points">
        {CES_POINTS.map((point) => (
          <label key={point} class={`ces-point${value === point ? ' ces-point--chosen' : ''}`}>
            <input
              type="radio"
              class="ces-point__input"
              name={name}
              value={point}
              checked={value === point}
              onChange={() => onChange(point)}
              data-testid={`ces-option-${point}`}
            />
            <span class="ces-point__number" aria-hidden="true">{point}</span>
            <span class="visually-hidden">
              {point} — {cesAgreement(point)}
            </span>
          </label>
        ))}
      </div>
      <p class="ces-scale__ends" aria-hidden="true">
        <span>1 · Strongly disagree</span>
        <span>Strongly agree · 7</span>
      </p>
    </fieldset>
  );
}
