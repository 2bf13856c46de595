/** Small form controls for Settings that save on change, and say why a value is refused before sending it. */
import { useEffect, useId, useState } from 'react';

interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly unit: string;
  onSave(value: number): Promise<boolean>;
}

/** A whole number saved on blur or Enter; out of range, it says so and saves nothing. */
export function NumberField({ label, value, min, max, unit, onSave }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const parsed = Number(text);
  const invalid = !Number.isInteger(parsed) || parsed < min || parsed > max;
  const save = () => {
    if (!invalid && parsed !== value) void onSave(parsed);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={text}
          aria-invalid={invalid}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setText(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => e.key === 'Enter' && save()}
        />{' '}
        {unit}
      </span>
      <span id={`${id}-hint`} className={invalid ? 'error' : 'hint'}>
        {invalid ? `Use a whole number from ${min} to ${max}.` : `From ${min} to ${max}.`}
      </span>
    </div>
  );
}

/** A checkbox saved when toggled: it shows the new state at once, and goes back if main refuses it. */
export function CheckField({ label, checked, onSave, hint }: { label: string; checked: boolean; onSave(value: boolean): Promise<boolean>; hint?: string }) {
  const id = useId();
  const [shown, setShown] = useState(checked);
  useEffect(() => setShown(checked), [checked]);
  const toggle = (value: boolean) => {
    setShown(value);
    void onSave(value).then((saved) => {
      if (!saved) setShown(!value);
    });
  };
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={shown} onChange={(e) => toggle(e.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

/** A 24-hour time saved when changed to a valid one. */
export function TimeField({ label, value, onSave, disabled }: { label: string; value: string; onSave(value: string): void; disabled: boolean }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="time" value={value} disabled={disabled} onChange={(e) => /^\d\d:\d\d$/.test(e.target.value) && onSave(e.target.value)} />
    </div>
  );
}
