// Admin pages are online-only and rendered on the server (the root layout renders in the browser
// for offline use); their forms post to server actions, covered by SvelteKit's own origin check.
// Their data comes from /api/admin/* (adminData.ts), each endpoint checking the admin: every
// admin page's load asks, so a refusal (401, 403) is that page's error, as before.
export const ssr = true;
