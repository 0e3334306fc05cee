import type { ComponentProps, ElementType } from "react";
import { cn } from "./cn";

type CardProps<T extends ElementType> = { as?: T; className?: string } & Omit<ComponentProps<T>, "as" | "className">;

/** The card look as classes. */
export function cardClass(className?: string): string {
  return cn("rounded-lg border border-line bg-surface", className);
}

/** A bordered panel on the surface colour; `as` picks the element (div, article, li, aside…). */
export function Card<T extends ElementType = "div">({ as, className, ...props }: CardProps<T>) {
  const Element: ElementType = as ?? "div";
  return <Element data-slot="card" className={cardClass(className)} {...props} />;
}
