import { clsx } from "clsx";
import type { ComponentProps, ElementType } from "react";

const SURFACE = { surface: "bg-surface", canvas: "bg-canvas" } as const;

/** The card look as classes (joined without tailwind-merge, so client components can use it; `className` adds). */
export function cardClass(className?: string, surface: keyof typeof SURFACE = "surface"): string {
  return clsx("rounded-lg border border-line", SURFACE[surface], className);
}

type CardProps<T extends ElementType> = { as?: T; className?: string; surface?: keyof typeof SURFACE } & Omit<ComponentProps<T>, "as" | "className">;

/** A bordered panel on the surface colour (or the page's, `surface="canvas"`); `as` picks the element. */
export function Card<T extends ElementType = "div">({ as, className, surface, ...props }: CardProps<T>) {
  const Element: ElementType = as ?? "div";
  return <Element data-slot="card" className={cardClass(className, surface)} {...props} />;
}
