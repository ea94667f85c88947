/**
 * JPEG marker facts shared by the phone (reading a photo's size before decoding it) and the server
 * (checking an upload is a JPEG a reader can open).
 */

/** Start-of-frame markers carry the size: C0–CF except DHT (C4), JPG (C8) and DAC (CC). */
export function isStartOfFrame(marker: number): boolean {
	return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}
