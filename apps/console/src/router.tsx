import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';

export const BASE = '/console';

function current(): { path: string; search: URLSearchParams } {
  const path = window.location.pathname.replace(/\/+$/, '');
  return {
    path: path.startsWith(BASE) ? path.slice(BASE.length) || '/' : '/',
    search: new URLSearchParams(window.location.search),
  };
}

/** The console's address (below /console) and query, following history moves. */
export function useLocation(): { path: string; search: URLSearchParams } {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return location;
}

export function navigate(to: string): void {
  window.history.pushState(null, '', `${BASE}${to}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

/** A real link (it can be opened in a new tab and shared) that moves within the page when clicked plainly. */
export function Link(props: { to: string; children: ReactNode; className?: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(props.to);
  };
  return (
    <a href={`${BASE}${props.to}`} onClick={onClick} className={props.className}>
      {props.children}
    </a>
  );
}
