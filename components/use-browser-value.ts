import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * A value read from the browser once hydrated, and `serverValue` in the server-rendered HTML (and
 * without JavaScript), with no hydration mismatch. `useBrowserValue(() => true, false)` is
 * "JavaScript is running": interactive leaves render their buttons only then.
 */
export function useBrowserValue<T>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(noSubscription, read, () => serverValue);
}

const yes = () => true;

/** True once JavaScript runs in the browser; false in the server-rendered HTML. */
export function useEnhanced(): boolean {
  return useBrowserValue(yes, false);
}
