// Ships to the browser: keep it free of secrets and heavy imports.

/**
 * The four regional hosts of the 8x8 SMS API, as listed in 8x8's published OpenAPI file.
 * An account only answers on the host of the region it was provisioned in.
 */
export const REGIONS = [
	{ id: 'ap', label: 'Asia Pacific', baseUrl: 'https://sms.8x8.com' },
	{ id: 'us', label: 'North America', baseUrl: 'https://sms.us.8x8.com' },
	{ id: 'eu', label: 'Europe', baseUrl: 'https://sms.8x8.uk' },
	{ id: 'id', label: 'Indonesia', baseUrl: 'https://sms.8x8.id' },
] as const;

/** One entry of {@link REGIONS}. */
export type Region = (typeof REGIONS)[number];

/** Short id of a region: `ap`, `us`, `eu` or `id`. */
export type RegionId = Region['id'];

/** Asia Pacific, the region 8x8 documents as the default. */
export const DEFAULT_REGION_ID: RegionId = 'ap';

/**
 * Returns the region whose id is exactly `id`, or `undefined` for any other string
 * (ids are lower case; no trimming or case folding happens here).
 */
export function findRegion(id: string): Region | undefined {
	return REGIONS.find((region) => region.id === id);
}
