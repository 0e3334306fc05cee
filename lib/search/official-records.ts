import { href } from "../graph/hrefs";
import { nodeId } from "../graph/ids";
import type { OfficialText } from "../official/schema";
import type { SearchRecord } from "./record";

/**
 * One search record per provision of an official text a deployer imported (and one per recital
 * of the preamble), so a reader can search the treaty's own words as well as our digests. Titled
 * by pinpoint only: an article's title on each of its provisions would let a title word ("Use of
 * terms") rank every provision of that article above the digests.
 */
export function officialSearchRecords(text: OfficialText): SearchRecord[] {
  const preamble = text.preamble.map((recital, index): SearchRecord => ({
    id: nodeId.official(`preamble-${index + 1}`),
    kind: "official",
    pin: "Preamble",
    title: `Preamble, recital ${index + 1}`,
    names: [],
    text: recital,
    href: href.officialText("preamble"),
  }));
  const provisions = text.articles.flatMap((article) =>
    article.provisions.map((provision): SearchRecord => ({
      id: nodeId.official(provision.pin),
      kind: "official",
      pin: provision.pin,
      title: `Article ${provision.pin}`,
      names: [],
      text: provision.text,
      href: href.officialText(provision.pin),
    })),
  );
  return [...preamble, ...provisions];
}
