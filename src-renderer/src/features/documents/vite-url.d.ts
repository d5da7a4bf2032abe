// Vite's `?url` suffix: the import is the asset's URL on our own origin (used for pdf.js's
// worker). Declared here rather than pulling in all of `vite/client`'s ambient types.
declare module '*?url' {
  const url: string;
  export default url;
}
