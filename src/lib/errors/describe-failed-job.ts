// Ships to the browser: shared wording of the error catalogue.

/**
 * Returns how an error answer shows in a Workato job. Workato's HTTP action treats every status
 * of 400 and above as a failure unless "Mark non-2xx response codes as success" is ticked, so
 * the sentence is the same for every error but the status.
 * @example describeFailedJob(401)
 * // 'The HTTP step fails with status 401 and the job is marked as failed; ...'
 */
export function describeFailedJob(status: number | 'not documented'): string {
	const withStatus = status === 'not documented' ? 'an error status' : `status ${status}`;
	return (
		`The HTTP step fails with ${withStatus} and the job is marked as failed; ` +
		"the job's error details show 8x8's JSON reply with its code and message."
	);
}
