import { expect, type Page } from '@playwright/test';

/** The colour themes every accessibility scan runs in. */
export const THEMES = ['light', 'dark'] as const;

/** One of {@link THEMES}. */
export type Theme = (typeof THEMES)[number];

/**
 * Puts the browser context in `theme`: the system colour scheme for anything that follows it,
 * and Starlight's theme select, which keeps the choice for every later page of the context.
 */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
	await page.emulateMedia({ colorScheme: theme });
	await page.goto('/');
	const select = page.getByRole('combobox', { name: 'Select theme' });
	await select.selectOption(theme);
	await expect(select).toHaveValue(theme);
}
