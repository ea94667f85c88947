/**
 * A phone's signing key registered for an account (see domain/signature.ts). The private half never
 * leaves the phone; the server keeps the public half to verify the records the phone signs. Keys
 * are never deleted: a revoked key signs nothing new, and what it signed before stays verifiable.
 */
export interface DeviceKey {
	/** Made on the phone (UUID); named inside every record it signs. */
	id: string;
	userId: string;
	/** The public key as canonical JWK text. */
	publicKey: string;
	/** What the phone said it is (browser and platform), for people to recognise it. */
	label: string;
	firstSeenAt: string;
	lastSeenAt: string;
	revokedAt: string | null;
	revokedBy: string | null;
}

export interface NewDeviceKey {
	id: string;
	userId: string;
	publicKey: string;
	label: string;
}

/**
 * created: new; exists: this very key was registered for this account before (a retry);
 * conflict: the id is taken by another account or another key (refused, nothing changes).
 */
export type RegisterDeviceOutcome = 'created' | 'exists' | 'conflict';
