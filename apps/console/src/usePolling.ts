import { useEffect } from 'react';

/** Runs `load` now, every `everyMs` while the tab is visible, and again when the tab regains focus. */
export function usePolling(load: () => void, everyMs = 5_000): void {
  useEffect(() => {
    load();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') load();
    }, everyMs);
    const onFocus = () => load();
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onFocus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onFocus);
    };
  }, [load, everyMs]);
}
