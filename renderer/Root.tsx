import { useEffect, useState } from 'react';
import { onForbidden, missingToken } from './api/client';
import { App } from './App';
import { NoAccess } from './components/NoAccess';

/** The workbench, or (browser mode without a valid token) how to open it. */
export function Root() {
  const [denied, setDenied] = useState(missingToken);
  useEffect(() => onForbidden(() => setDenied(true)), []);
  return denied ? <NoAccess /> : <App />;
}
