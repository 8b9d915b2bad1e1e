import { buildPane } from './addin/bundle';
import { writeIcons, writeManifest } from './addin/build';
import { addinSettings } from './addin/settings';

// `npm run build:addin`: addin/manifest.xml from ADDIN_BASE_URL / ADDIN_ID, and the pane bundled into addin/dist/.
const settings = addinSettings();
console.log(`manifest: ${writeManifest(settings)} (served from ${settings.baseUrl}/addin/)`);
writeIcons();
const built = await buildPane(settings);
console.log(`pane: ${built.files.length} files in ${built.dir}`);
