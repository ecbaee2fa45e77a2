// pdf.js ships no type declarations for its worker entry; we only read this one export.
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
