// Server-rendered, unlike the rest of the app: on a first visit over a slow link the form is drawn
// and usable from the HTML alone, before the application's JavaScript arrives (a tap before then
// posts the form to +page.server.ts). Once the service worker is installed, /login comes from the
// cached shell like every page and renders in the browser, offline too.
export const ssr = true;
