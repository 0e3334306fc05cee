import type { ComponentProps } from "react";
import { cn } from "./cn";

const VARIANT = {
  /** Bordered, for actions standing on their own. */
  outline: "border border-line-strong bg-canvas text-ink hover:bg-surface-strong",
  /** Borderless, for toolbars and quiet actions beside text. */
  ghost: "text-ink hover:bg-surface-strong",
  /** Filled, for the one main action of a form. */
  solid: "bg-ink text-canvas hover:bg-ink-muted",
  /** A toggle that shows its pressed state (aria-pressed). */
  toggle: "border border-line-strong bg-canvas text-ink hover:bg-surface-strong aria-pressed:border-ink aria-pressed:bg-ink aria-pressed:text-canvas",
} as const;

const SIZE = {
  /** 28 px high: above the 24 px minimum target, for actions beside a paragraph. */
  sm: "min-h-7 px-2 text-sm gap-1",
  md: "min-h-10 px-3.5 text-sm gap-1.5",
  /** A square 40 px icon button (the header's). */
  icon: "size-10",
} as const;

export interface ButtonStyle {
  variant?: keyof typeof VARIANT;
  size?: keyof typeof SIZE;
  className?: string;
}

/** The button look as classes, for links and client components that render their own element. */
export function buttonClass({ variant = "outline", size = "md", className }: ButtonStyle = {}): string {
  return cn(
    "inline-flex shrink-0 items-center justify-center rounded-md font-medium whitespace-nowrap no-underline transition-colors disabled:opacity-50 [&_svg]:size-5 [&_svg]:shrink-0",
    VARIANT[variant],
    SIZE[size],
    className,
  );
}

/** A button in the site's look; `type="button"` unless told otherwise. */
export function Button({ variant, size, className, type = "button", ...props }: ComponentProps<"button"> & ButtonStyle) {
  return <button type={type} data-slot="button" className={buttonClass({ variant, size, className })} {...props} />;
}
