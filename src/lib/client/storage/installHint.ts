/**
 * Safari on iPhone and iPad deletes what a site stored after 7 days without a visit, unless the
 * site was added to the home screen. Every browser on iOS is WebKit, so any iOS browser outside the
 * installed app gets the hint.
 */
export interface DeviceFacts {
	userAgent: string;
	platform: string;
	maxTouchPoints: number;
	/** Safari's own flag for a home-screen app. */
	standalone: boolean | undefined;
	displayModeStandalone: boolean;
}

export function isIosWebKit(facts: Pick<DeviceFacts, 'userAgent' | 'platform' | 'maxTouchPoints'>): boolean {
	if (/iPhone|iPad|iPod/.test(facts.userAgent)) return true;
	// iPadOS 13+ says it is a Mac; only the touch screen gives it away.
	return facts.platform === 'MacIntel' && facts.maxTouchPoints > 1;
}

export function needsHomeScreenInstall(facts: DeviceFacts): boolean {
	return isIosWebKit(facts) && facts.standalone !== true && !facts.displayModeStandalone;
}

export function currentDeviceFacts(): DeviceFacts | null {
	if (typeof navigator === 'undefined' || typeof window === 'undefined') return null;
	return {
		userAgent: navigator.userAgent,
		platform: navigator.platform,
		maxTouchPoints: navigator.maxTouchPoints,
		standalone: (navigator as Navigator & { standalone?: boolean }).standalone,
		displayModeStandalone: window.matchMedia?.('(display-mode: standalone)').matches ?? false
	};
}
