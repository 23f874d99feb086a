import { useState, type FormEvent } from 'react';
import { api, csrf } from '../api/client';
import { ErrorNote, problemOf, type Problem } from '../components/ErrorNote';

/**
 * Exchanges a staff or admin key for a session cookie; the page at this address opens once
 * signed in, so a shared link survives being signed out.
 */
export function SignInPage(props: { onSignedIn: () => Promise<void> }) {
  const [apiKey, setApiKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const { data, error, response } = await api.POST('/v1/sessions', { body: { apiKey: apiKey.trim() } });
    setBusy(false);
    if (data) {
      csrf.set(data.csrfToken);
      setProblem(null);
      await props.onSignedIn();
      return;
    }
    const found = problemOf(error, response);
    if (response.status === 403) {
      found.message = `Only staff and admin keys can sign in to the console; exporter and buyer keys cannot. (${found.message})`;
    }
    setProblem(found);
  };

  return (
    <main id="main" className="page sign-in">
      <h1>Corridor staff console</h1>
      <p>Sign in with your staff or admin API key.</p>
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          name="apiKey"
          type="password"
          autoComplete="off"
          required
          value={apiKey}
          onChange={(event) => setApiKey(event.target.value)}
        />
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
      <ErrorNote problem={problem} />
    </main>
  );
}
