import { sha256Hex } from '../store/canonical';

/** SHA-256 of the stored manifest text ({ manifest, photos } content), or null for another shape. */
export function manifestHashOf(content: unknown): string | null {
	const text = typeof content === 'object' && content !== null ? (content as { manifest?: unknown }).manifest : undefined;
	return typeof text === 'string' ? sha256Hex(text) : null;
}
