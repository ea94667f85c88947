/**
 * The form under which usernames are unique: NFC then lower case, computed here rather than by the
 * database so SQLite and PostgreSQL agree on every letter (PostgreSQL's lower() follows its collation).
 */
export function usernameKey(username: string): string {
	return username.normalize('NFC').toLowerCase();
}
