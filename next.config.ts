import type { NextConfig } from "next";

// Every page is prerendered into out/ so the site can be served by any static host.
const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: false,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
