import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset paths let the built app open from any folder or sub-path, not only a server root.
  base: './',
  build: {
    // `dist/cli` holds the compiled command line; the app gets its own folder so a build never wipes it.
    outDir: 'dist/app',
    emptyOutDir: true,
  },
});
