/** One statement of a write that must happen whole, written with `?` placeholders like Exec's. */
export interface Step {
	sql: string;
	params: readonly unknown[];
	/** The whole write is abandoned (rolled back, and the run answers false) unless this changes a row. */
	mustChange?: boolean;
}

/**
 * Runs the steps in one transaction, in order. False when a `mustChange` step changed nothing: then
 * nothing of the write stays. Each store runs them its own way (SQLite: synchronously inside one
 * better-sqlite3 transaction, so no other statement of the process can slip in between).
 */
export type RunSteps = (steps: readonly Step[]) => Promise<boolean>;
