// Importing a profile from a JSON file: the file is checked first and every
// problem listed (ImportErrors); nothing is saved unless it is a valid
// profile, and then only through the background, which checks it again.
import { useState } from 'preact/hooks';
import type { Profile } from '@/lib/score';
import { checkImportedText } from './profile-file';

export interface ImportFailure {
  fileName: string;
  errors: string[];
}

export function ProfileImport({ onImport, onFailure }: {
  onImport: (profile: Profile) => Promise<void>;
  /** Called with the problems of a refused file, or null once a file was imported. */
  onFailure: (failure: ImportFailure | null) => void;
}) {
  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file may be chosen again after a fix
    if (!file) return;
    const check = checkImportedText(await file.text());
    if (!check.ok) {
      onFailure({ fileName: file.name, errors: check.errors });
      return;
    }
    try {
      await onImport(check.profile);
      onFailure(null);
    } catch (error) {
      onFailure({ fileName: file.name, errors: [error instanceof Error ? error.message : String(error)] });
    }
  };

  return (
    <label class="button button--quiet file-button">
      Import JSON…
      <input type="file" accept="application/json,.json" class="visually-hidden" data-testid="import-input" onChange={(e) => void read(e.currentTarget)} />
    </label>
  );
}

const SHOWN_ERRORS = 8;

export function ImportErrors({ failure, onDismiss }: { failure: ImportFailure; onDismiss: () => void }) {
  const [all, setAll] = useState(false);
  const shown = all ? failure.errors : failure.errors.slice(0, SHOWN_ERRORS);
  const hidden = failure.errors.length - shown.length;
  return (
    <div class="import-errors" role="alert" data-testid="import-errors">
      <div class="import-errors__head">
        <p><strong>{failure.fileName}</strong> was not imported. Nothing was saved. {failure.errors.length === 1 ? 'The problem:' : `${failure.errors.length} problems:`}</p>
        <button type="button" class="button button--quiet" onClick={onDismiss}>Dismiss</button>
      </div>
      <ul>
        {shown.map((error) => <li key={error}>{error}</li>)}
        {hidden > 0 && (
          <li class="import-errors__more">
            <button type="button" class="link-button" onClick={() => setAll(true)}>Show the other {hidden}</button>
          </li>
        )}
      </ul>
    </div>
  );
}
