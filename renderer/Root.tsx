import { useEffect, useState } from 'react';
import { onForbidden, missingToken } from './api/client';
import { onSignedOut, probeServer } from './api/server-session';
import { App } from './App';
import { NoAccess } from './components/NoAccess';
import { SignIn } from './server/SignIn';

type Shown = 'app' | 'asking' | 'sign-in' | 'no-access';

/**
 * The workbench; on an organisation's server (`rbw serve`) its sign-in page until someone is signed in;
 * in browser mode without a valid token, how to open it.
 */
export function Root() {
  // Without the run's token the page may come from an organisation's server: it is asked first.
  const [shown, setShown] = useState<Shown>(() => (missingToken() ? 'asking' : 'app'));
  useEffect(() => {
    if (shown !== 'asking') return;
    void probeServer().then((found) =>
      setShown(found === 'signed-in' ? 'app' : found === 'sign-in' ? 'sign-in' : 'no-access'),
    );
  }, [shown]);
  useEffect(() => onForbidden(() => setShown('no-access')), []);
  useEffect(() => onSignedOut(() => setShown('sign-in')), []);
  if (shown === 'asking') return null;
  if (shown === 'sign-in') return <SignIn onSignedIn={() => setShown('app')} />;
  return shown === 'no-access' ? <NoAccess /> : <App />;
}
