/** A dictionary entry: plain text, or one text per plural category of the `count` param. */
export type Message = string | PluralMessage;
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type MessageParams = Record<string, string | number>;
