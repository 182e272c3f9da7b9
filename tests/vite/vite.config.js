// The minimal Vite app's configuration. The package stays out of dependency pre-bundling so
// that `new URL('berdaya_wasm_bg.wasm', import.meta.url)` and the case files resolve.
export default {
  optimizeDeps: { exclude: ['berdaya'] },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
};
