/** Vite's `?raw` imports (bundled by electron-vite, resolved by Vitest): the file's text as a string. */
declare module '*.json?raw' {
  const text: string;
  export default text;
}
