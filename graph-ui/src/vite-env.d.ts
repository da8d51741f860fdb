/** Module declarations for non-TS imports bundled by vite. */
declare module '*.css';
