// Admin pages are online-only and rendered on the server (the root layout renders in the browser
// for offline use); their forms post to server actions, covered by SvelteKit's own origin check.
export const ssr = true;
