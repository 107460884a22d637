/** Who wrote a package, for its manifest and generator tags, outside Electron (which knows). */
// A named import, so the bundle carries the version and not the whole package.json.
import { version } from '../../../package.json';

export const APP_IDENTITY = { name: 'Press Office', version };
