import { useCallback, useEffect, useState } from 'react';
import { api, csrf } from './api/client';
import { ErrorNote, problemOf, type Problem } from './components/ErrorNote';
import { Link, useLocation } from './router';
import { SessionContext, type SignedIn } from './session';
import { InboxPage } from './pages/InboxPage';
import { SearchPage } from './pages/SearchPage';
import { ShipmentPage } from './pages/ShipmentPage';
import { SignInPage } from './pages/SignInPage';
import { SupplierListPage } from './pages/SupplierListPage';
import { SupplierPage } from './pages/SupplierPage';
import { TaskPage } from './pages/TaskPage';

type State = { kind: 'loading' } | { kind: 'signed-out' } | { kind: 'signed-in'; session: SignedIn };

/** The console: who is signed in decides between the sign-in form and the page at this address. */
export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [problem, setProblem] = useState<Problem | null>(null);

  const refresh = useCallback(async () => {
    const { data } = await api.GET('/v1/sessions/current');
    if (data) {
      csrf.set(data.csrfToken);
      setState({ kind: 'signed-in', session: data });
    } else {
      csrf.set(null);
      setState({ kind: 'signed-out' });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signOut = async () => {
    const { error, response } = await api.DELETE('/v1/sessions/current');
    if (error && response.status !== 401) {
      setProblem(problemOf(error, response));
      return;
    }
    csrf.set(null);
    setProblem(null);
    setState({ kind: 'signed-out' });
  };

  if (state.kind === 'loading') {
    return (
      <main id="main" className="page">
        <p aria-live="polite">Loading…</p>
      </main>
    );
  }
  if (state.kind === 'signed-out') return <SignInPage onSignedIn={refresh} />;
  return (
    <SessionContext.Provider value={state.session}>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <p className="brand">Corridor staff console</p>
        <nav aria-label="Console">
          <ul>
            <li>
              <Link to="/">Inbox</Link>
            </li>
            <li>
              <Link to="/search">Search</Link>
            </li>
            <li>
              <Link to="/suppliers">Suppliers</Link>
            </li>
          </ul>
        </nav>
        <div className="who">
          <span>
            {state.session.actor.label} ({state.session.actor.role})
          </span>
          <button type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <ErrorNote problem={problem} />
      <main id="main" className="page" tabIndex={-1}>
        <Routes />
      </main>
    </SessionContext.Provider>
  );
}

function Routes() {
  const { path, search } = useLocation();
  const [, section, id] = path.split('/');
  if (section === 'tasks' && id) return <TaskPage key={id} id={id} />;
  if (section === 'shipments' && id) return <ShipmentPage key={id} id={id} />;
  if (section === 'suppliers' && id) return <SupplierPage key={id} id={id} />;
  if (section === 'suppliers') return <SupplierListPage status={search.get('status')} query={search.get('q') ?? ''} />;
  if (section === 'search') return <SearchPage query={search.get('q') ?? ''} />;
  if (path === '/' || section === 'tasks') return <InboxPage />;
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no console page at this address. <Link to="/">Back to the inbox</Link>
      </p>
    </>
  );
}
