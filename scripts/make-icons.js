// Draws the app icon once, as SVG, and renders the PNG sizes the web app manifest and iOS need.
// Run by hand after changing the drawing (`node scripts/make-icons.js`); the outputs are committed.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.js';

const BRAND = '#8b1a1a';
const GOLD = '#f2c94c';

// A clipboard with a check mark: inspection, on the brand red. 512 × 512 user units.
const glyph = `
	<rect x="140" y="104" width="232" height="316" rx="26" fill="#ffffff"/>
	<rect x="200" y="76" width="112" height="60" rx="16" fill="${GOLD}" stroke="${BRAND}" stroke-width="10"/>
	<path d="M186 262 L238 314 L330 206" fill="none" stroke="${BRAND}" stroke-width="38" stroke-linecap="round" stroke-linejoin="round"/>
	<path d="M190 370 H322" stroke="${BRAND}" stroke-width="18" stroke-linecap="round" opacity="0.55"/>`;

const svg = (body) =>
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">${body}\n</svg>\n`;

// Rounded tile for browsers and iOS.
const regular = svg(`\n\t<rect width="512" height="512" rx="96" fill="${BRAND}"/>${glyph}`);
// Maskable: full-bleed background, the drawing shrunk into the central safe circle (radius 40 %),
// because Android crops the icon to its own shape.
const maskable = svg(`\n\t<rect width="512" height="512" fill="${BRAND}"/>\n\t<g transform="translate(256 256) scale(0.78) translate(-256 -256)">${glyph}\n\t</g>`);

writeFileSync('static/icons/icon.svg', regular);

const browser = await chromium.launch(chromiumLaunchOptions());
try {
	const page = await browser.newPage({ deviceScaleFactor: 1 });
	for (const [file, source, size] of [
		['icon-192.png', regular, 192],
		['icon-512.png', regular, 512],
		['icon-maskable-512.png', maskable, 512]
	]) {
		await page.setViewportSize({ width: size, height: size });
		const src = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
		await page.setContent(
			`<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${size}" height="${size}" alt="">`
		);
		await page.locator('img').screenshot({ path: `static/icons/${file}`, omitBackground: true });
		console.log(`static/icons/${file} (${size}×${size})`);
	}
} finally {
	await browser.close();
}
