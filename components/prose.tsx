/** Digest HTML rendered and sanitised at build time by the content compiler (lib/markdown/render.ts). */
export function Prose({ html, className = "" }: { html: string; className?: string }) {
  return <div className={`prose ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
