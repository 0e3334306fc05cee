import { clsx } from "clsx";
import type { ComponentProps } from "react";

/*
 * The tables never set the same property twice (shape and weight live in the variant, height and
 * padding in the size), so the classes join without tailwind-merge: client components can use
 * buttonClass without shipping it. `className` adds to the look; to override a class, use cn().
 */
const BASE =
  "inline-flex shrink-0 items-center justify-center whitespace-nowrap no-underline transition-colors disabled:opacity-50 [&_svg]:size-5 [&_svg]:shrink-0";

const VARIANT = {
  /** Bordered, for actions standing on their own. */
  outline: "rounded-md border border-line-strong bg-canvas font-medium text-ink hover:bg-surface-strong",
  /** Borderless, for toolbars. */
  ghost: "rounded-md font-medium text-ink hover:bg-surface-strong",
  /** Link-coloured and light, for quiet actions beside text (copy link, cite). */
  quiet: "rounded-md font-normal text-link hover:bg-surface-strong",
  /** Filled, for the one main action of a form. */
  solid: "rounded-md bg-ink font-medium text-canvas hover:bg-ink-muted",
  /** A pill that shows its pressed state (aria-pressed), for filters. */
  chip: "rounded-full border border-line-strong bg-canvas font-normal text-ink hover:bg-surface-strong aria-pressed:border-ink aria-pressed:bg-ink aria-pressed:text-canvas",
} as const;

const SIZE = {
  /** 28 px high: above the 24 px minimum target, for actions beside a paragraph. */
  sm: "min-h-7 gap-1 px-2 text-sm",
  md: "min-h-10 gap-1.5 px-3.5 text-sm",
  lg: "min-h-11 gap-2 px-5 text-base",
  /** A square 40 px icon button (the header's). */
  icon: "size-10",
} as const;

export interface ButtonStyle {
  variant?: keyof typeof VARIANT;
  size?: keyof typeof SIZE;
  className?: string;
}

/** The button look as classes, for links, summaries and client components that render their own element. */
export function buttonClass({ variant = "outline", size = "md", className }: ButtonStyle = {}): string {
  return clsx(BASE, VARIANT[variant], SIZE[size], className);
}

/** A button in the site's look; `type="button"` unless told otherwise. */
export function Button({ variant, size, className, type = "button", ...props }: ComponentProps<"button"> & ButtonStyle) {
  return <button type={type} data-slot="button" className={buttonClass({ variant, size, className })} {...props} />;
}
