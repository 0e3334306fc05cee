import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { openDataHref } from "@/lib/graph/hrefs";
import { SITE_NAME, SITE_URL } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: `${SITE_NAME}: UN Convention against Cybercrime, clause by clause`, template: `%s · ${SITE_NAME}` },
  description: "Plain-language digests of the UN Convention against Cybercrime, with what governments, rights groups and industry said about each provision.",
  openGraph: { siteName: SITE_NAME, type: "website" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Applies a reader's stored theme before first paint, so a dark-mode choice does not flash light.
const APPLY_STORED_THEME = `try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: APPLY_STORED_THEME }} />
        <link rel="alternate" type="application/atom+xml" title={`${SITE_NAME}: timeline and changes`} href={openDataHref.feed()} />
      </head>
      <body className="flex min-h-screen flex-col bg-canvas font-sans text-ink antialiased">
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} data-slot="page-frame" className="mx-auto w-full flex-1 px-4 pt-4 pb-10 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
