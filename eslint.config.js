// @ts-check
import eslintConfigPrettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const domGlobals = [
	'window',
	'document',
	'localStorage',
	'sessionStorage',
	'navigator',
	'HTMLElement',
];

export default defineConfig(
	{
		ignores: [
			'dist/',
			'.astro/',
			'node_modules/',
			'public/',
			'test-results/',
			'playwright-report/',
		],
	},
	{
		files: ['**/*.ts'],
		extends: [...tseslint.configs.recommendedTypeChecked],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			'@typescript-eslint/consistent-type-imports': 'error',
			'no-console': ['error', { allow: ['warn', 'error'] }],
			curly: ['error', 'all'],
		},
	},
	{
		files: ['src/lib/**/*.ts', 'src/mocks/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['astro:*'], message: 'src/lib and src/mocks stay free of Astro.' },
						{
							group: ['~/components/*', '**/components/*'],
							message: 'Logic must not import widgets.',
						},
						{ group: ['**/tests/*'], message: 'Shipped code must not import tests.' },
					],
				},
			],
		},
	},
	{
		files: ['src/lib/**/*.ts'],
		rules: {
			'no-restricted-globals': [
				'error',
				...domGlobals.map((name) => ({
					name,
					message: 'src/lib has no DOM: take it as a parameter.',
				})),
			],
		},
	},
	{
		files: ['tests/**/*.ts', 'scripts/**/*.mjs'],
		rules: { 'no-console': 'off' },
	},
	eslintConfigPrettier,
);
