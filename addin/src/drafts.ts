// What the worker typed for an e-mail, kept in the browser's local storage so a closed pane or a dropped network loses
// nothing; the idempotency key per person is kept with it, so a retry after a reload can never file twice.

export interface Draft {
  purpose?: string;
  extract?: string;
  harmOrRisk?: boolean;
  supervisor?: string;
  setting?: string;
  decision?: string;
  reasons?: string;
  /** Idempotency-Key per person reference. */
  keys?: Record<string, string>;
}

const PREFIX = 'care-addin:draft:';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function loadDraft(emailKey: string): Draft {
  try {
    return JSON.parse(storage()?.getItem(PREFIX + emailKey) ?? '{}') as Draft;
  } catch {
    return {};
  }
}

export function saveDraft(emailKey: string, draft: Draft): void {
  try {
    storage()?.setItem(PREFIX + emailKey, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the pane still works, the text is just not kept.
  }
}

export function clearDraft(emailKey: string): void {
  storage()?.removeItem(PREFIX + emailKey);
}

export function idempotencyKey(emailKey: string, personRef: string): string {
  const d = loadDraft(emailKey);
  const keys = d.keys ?? {};
  keys[personRef] ??= crypto.randomUUID();
  saveDraft(emailKey, { ...d, keys });
  return keys[personRef];
}

/** The worker's own supervision file reference, typed once for supervision-decision notes. */
export const SUPERVISION_FILE_KEY = 'care-addin:supervision-file';
export const loadValue = (k: string) => storage()?.getItem(k) ?? '';
export function saveValue(k: string, v: string): void {
  try {
    storage()?.setItem(k, v);
  } catch {
    // Not kept; the pane still works.
  }
}
