import { addDays, addMonths, endOfWeek, startOfWeek } from '$lib/domain/calendarMonth';

/**
 * Where a key moves the focused day of the calendar grid, as the WAI-ARIA APG "Date Picker Dialog"
 * pattern has it: arrows by a day or a week, Page Up/Down by a month (with Shift by a year),
 * Home/End to the first/last day of the week. Null for a key that does not move the focus.
 */
export function dayAfterKey(key: string, shiftKey: boolean, focused: string): string | null {
	switch (key) {
		case 'ArrowLeft':
			return addDays(focused, -1);
		case 'ArrowRight':
			return addDays(focused, 1);
		case 'ArrowUp':
			return addDays(focused, -7);
		case 'ArrowDown':
			return addDays(focused, 7);
		case 'PageUp':
			return addMonths(focused, shiftKey ? -12 : -1);
		case 'PageDown':
			return addMonths(focused, shiftKey ? 12 : 1);
		case 'Home':
			return startOfWeek(focused);
		case 'End':
			return endOfWeek(focused);
		default:
			return null;
	}
}
