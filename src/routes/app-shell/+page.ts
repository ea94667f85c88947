// The bare client shell (the root layout has ssr = false). Rendered by the server rather than
// prerendered, so the service worker caches it WITH the security headers of hooks.server.ts
// (prerendered files are served before the hooks run). Served for a deep URL (say
// /inspections/<id>) it boots the client router, which renders location.href, not this page.
export const prerender = false;
