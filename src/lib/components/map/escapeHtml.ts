/**
 * Leaflet writes attributions as HTML. The attribution comes from the server's configuration and is
 * meant as plain text, so it is escaped: a stray "<" cannot break the map or inject markup.
 */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
