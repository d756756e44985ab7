import i18next from 'i18next';
import { useState } from 'react';
import type { SignInRefusal } from '../api/server-session';
import { signIn } from '../api/server-session';

/** A text of the UI in Indonesian with its English beside it. */
function Both({ k }: { k: string }) {
  return (
    <>
      <span lang="id">{i18next.getFixedT('id')(k)}</span>{' '}
      <span lang="en" className="muted">
        / {i18next.getFixedT('en')(k)}
      </span>
    </>
  );
}

/**
 * The organisation's server before anyone is signed in: login and password, Indonesian first with English
 * beside; a refusal in one line (wrong login or password, too many attempts, no server).
 */
export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [refused, setRefused] = useState<SignInRefusal | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const refusal = await signIn(login.trim(), password);
    setBusy(false);
    if (refusal) {
      setRefused(refusal);
      setPassword('');
      return;
    }
    onSignedIn();
  };
  return (
    <main className="sign-in" data-testid="sign-in">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void submit();
        }}
      >
        <h1>
          <Both k="ui.server.signInTitle" />
        </h1>
        <label>
          <Both k="ui.server.login" />
          <input
            name="login"
            autoComplete="username"
            autoFocus
            required
            value={login}
            onChange={(e) => setLogin(e.target.value)}
            data-testid="sign-in-login"
          />
        </label>
        <label>
          <Both k="ui.server.password" />
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="sign-in-password"
          />
        </label>
        {refused && (
          <p className="sign-in-error" role="alert" data-testid="sign-in-error">
            <Both k={`ui.server.${refused}`} />
          </p>
        )}
        <button type="submit" disabled={busy} data-testid="sign-in-submit">
          <Both k={busy ? 'ui.server.signingIn' : 'ui.server.signIn'} />
        </button>
      </form>
    </main>
  );
}
