import { requestStartupView } from './api/startup-request';
import './styles.css';

// The document is asked for first, by this small script alone; the libraries and the app's code (the
// grid's most of all) are then loaded and run while the service opens it, rather than before it is asked.
requestStartupView();
void import('./boot');
