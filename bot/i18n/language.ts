/** The languages kpibot answers in: English, Portuguese (European; Brazilian forms understood) and Romanian. */
export const LANGUAGES = ['en', 'pt', 'ro'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (s: string): s is Language => (LANGUAGES as readonly string[]).includes(s);
