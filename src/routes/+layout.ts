// Every page renders in the browser from IndexedDB: the server sends the same shell for any URL,
// which the service worker caches, so any inspector page opens with no network (deep links too).
export const ssr = false;
export const prerender = false;
