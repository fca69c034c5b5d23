import type { NextConfig } from 'next';

const config: NextConfig = {
  // Static files in out/: the page is rendered on the server at build time (importing the package there).
  output: 'export',
};

export default config;
