import { fileURLToPath } from 'node:url';
import type { ApiRoute } from '../http/route';
import { staticFilesRoute } from '../http/static-files';

/** The Outlook add-in's task pane, built by `npm run build:addin` into addin/dist/, served at /addin/. */
export const ADDIN_FILES = fileURLToPath(new URL('../../addin/dist/', import.meta.url));

export const addinFilesRoute = (root = ADDIN_FILES): ApiRoute => staticFilesRoute('/addin', root, 'taskpane.html');
