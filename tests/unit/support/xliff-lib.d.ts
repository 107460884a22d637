/** The parts of the `xliff` library (it ships no types) that the tests read files with. */
declare module 'xliff' {
  export interface XliffJs {
    sourceLanguage: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, { source: unknown; target?: unknown; note?: unknown }>>;
  }
  export function xliff2js(xml: string): Promise<XliffJs>;
  export function xliff12ToJs(xml: string): Promise<XliffJs>;
}
