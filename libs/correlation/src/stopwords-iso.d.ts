// stopwords-iso ships a JSON file without type declarations.
declare module 'stopwords-iso' {
  const lists: Record<string, string[]>;
  export = lists;
}
