/**
 * The reading layout's row: text at a comfortable measure, and from 1,200 px a margin column
 * beside it for the commentary on that text (tokens --container-measure, --container-margin).
 */
export const READING_ROW = "wide:grid wide:grid-cols-[minmax(0,var(--container-measure))_var(--container-margin)] wide:gap-x-8";
