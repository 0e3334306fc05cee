import type { ComponentProps } from "react";
import { clsx } from "clsx";

const TONE = {
  neutral: "text-ink-muted",
  concern: "text-concern",
  support: "text-support",
  mixed: "text-mixed",
  context: "text-context",
} as const;

export type BadgeTone = keyof typeof TONE;

/** The badge look as classes, for links that look like badges (joined without tailwind-merge; `className` adds, cn() overrides). */
export function badgeClass(tone: BadgeTone = "neutral", className?: string): string {
  return clsx(
    "inline-flex items-center gap-1 rounded border border-current px-1.5 text-xs leading-5 font-semibold whitespace-nowrap no-underline",
    TONE[tone],
    className,
  );
}

/** A short label in a tone: a stance, a kind of annotation, a basis. Text says what colour shows. */
export function Badge({ tone = "neutral", className, ...props }: ComponentProps<"span"> & { tone?: BadgeTone }) {
  return <span data-slot="badge" data-tone={tone} className={badgeClass(tone, className)} {...props} />;
}
