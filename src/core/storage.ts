/**
 * The only place Haven touches Web Storage, and only when a partner opts in
 * (e.g. `dismiss-storage="session"`). Never localStorage, never cookies. Every key
 * starts with {@link STORAGE_PREFIX} so the quick exit can remove exactly what
 * Haven wrote and nothing of the partner's.
 */
export const STORAGE_PREFIX = 'haven:';

function session(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can throw when blocked (sandboxed iframes, strict privacy settings).
    return undefined;
  }
}

export function readSessionFlag(name: string): boolean {
  try {
    return session()?.getItem(STORAGE_PREFIX + name) === '1';
  } catch {
    return false;
  }
}

export function writeSessionFlag(name: string): void {
  try {
    session()?.setItem(STORAGE_PREFIX + name, '1');
  } catch {
    // Full or blocked storage: the in-memory state still applies for this page.
  }
}

/** Remove every key Haven wrote in this tab. */
export function clearHavenStorage(): void {
  const storage = session();
  if (!storage) return;
  try {
    for (let index = storage.length - 1; index >= 0; index--) {
      const key = storage.key(index);
      if (key?.startsWith(STORAGE_PREFIX)) storage.removeItem(key);
    }
  } catch {
    // Nothing more we can do; the exit must go on.
  }
}
