/** Discord's limits for one message (the API reference's "Embed Limits" and "Create Message"). */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** All titles, descriptions, field names and values and footers of a message's embeds together. */
  embedTotal: 6000,
  fileBytes: 10 * 1024 * 1024,
  attachmentDescription: 1024,
  /** Buttons per row, rows per message, a button's label and custom_id. */
  buttonsPerRow: 5,
  rows: 5,
  buttonLabel: 80,
  customId: 100,
  /** Autocomplete: choices, and a choice's name and value. */
  choices: 25,
  choiceText: 100,
} as const;

/** Text cut to `max` characters, with an ellipsis when it was longer. */
export function fit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
