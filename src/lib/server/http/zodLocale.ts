import { config } from 'zod/mini';
import vi from 'zod/v4/locales/vi.js';

// Zod's built-in messages in Vietnamese for every schema parsed on the server, so a 400's field
// errors read like the rest of the app. Imported for its effect by the server's start-up.
config(vi());
