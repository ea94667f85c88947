/** The shared SQL is written with `?`; PostgreSQL numbers its parameters. */
export function numbered(sql: string): string {
	let n = 0;
	return sql.replace(/\?/g, () => `$${++n}`);
}
