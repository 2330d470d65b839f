// Ships to the browser: keep it free of secrets and heavy imports.

/**
 * Returns `value` as one POSIX shell word: wrapped in single quotes, each `'` written as
 * `'\''`. bash, zsh and dash then pass every character through unchanged, including `$`,
 * backticks, `!` (history expansion never looks inside single quotes), backslashes and line
 * breaks.
 * @example quoteForShell("Don't") // `'Don'\''t'`
 */
export function quoteForShell(value: string): string {
	return `'${value.replaceAll("'", `'\\''`)}'`;
}
