/** One look for the lineage tables: top rules, compact cells, aligned to the top. */
export const TABLE_CLASS =
  "text-sm w-full border-collapse [&_th]:text-left [&_th]:align-top [&_td]:align-top [&_th]:p-1.5 [&_td]:p-1.5 [&_tr]:border-t [&_tr]:border-line";
