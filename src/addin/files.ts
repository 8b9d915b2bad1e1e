import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiRoute } from '../http/route';
import { staticFilesRoute } from '../http/static-files';

/** The Outlook add-in's task pane, built by `npm run build:addin` into addin/dist/, served at /addin/. */
export const ADDIN_FILES = fileURLToPath(new URL('../../addin/dist/', import.meta.url));

export const addinFilesRoute = (root = ADDIN_FILES): ApiRoute => staticFilesRoute('/addin', root, 'taskpane.html');

/** Microsoft's well-known URI naming the add-in's send-handler file, so classic Outlook on Windows lets it sign in and call out. */
export const addinWellKnownRoute = (root = ADDIN_FILES): ApiRoute => staticFilesRoute('/.well-known', join(root, 'well-known'), 'microsoft-officeaddins-allowed.json');
