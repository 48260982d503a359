// The analyzer reads the JSDoc on each element; the manifest feeds Storybook's controls
// and docs, IDE custom data, and partners' tooling.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'haven-dist-paths',
      // Consumers import the built .js files, so point the manifest at them.
      packageLinkPhase({ customElementsManifest }) {
        const toDist = (path) => path?.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
        for (const module of customElementsManifest.modules) {
          module.path = toDist(module.path);
          for (const item of [...(module.exports ?? [])]) {
            if (item.declaration?.module) item.declaration.module = toDist(item.declaration.module);
          }
        }
      },
    },
  ],
};
