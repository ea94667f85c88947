// Prerendered once per build so the service worker can precache it. The root layout keeps
// ssr = false, so the HTML is the bare client shell: served for a deep URL (say
// /inspections/<id>) it boots the client router, which renders location.href, not this page.
export const prerender = true;
