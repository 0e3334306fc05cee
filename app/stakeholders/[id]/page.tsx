import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AnnotationCard } from "@/components/annotation-card";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getGraph } from "@/lib/data";
import { href } from "@/lib/graph/hrefs";
import { getStakeholder, stakeholderGroups } from "@/lib/graph/queries";
import { stakeholderView, type MemberView } from "@/lib/graph/views";

export const dynamicParams = false;

export function generateStaticParams() {
  return stakeholderGroups(getGraph()).map((group) => ({ id: group.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = getStakeholder(getGraph(), (await params).id);
  if (!group) return {};
  const description = group.position ?? `What ${group.name} said about the UN Convention against Cybercrime.`;
  return { title: `${group.name}: positions and commentary`, description, openGraph: { title: group.name, description } };
}

function MemberTree({ member, depth }: { member: MemberView; depth: number }) {
  const { stakeholder } = member;
  return (
    <li id={stakeholder.id} className={depth > 0 ? "mt-2 border-l-2 border-line pl-4" : "mt-3"}>
      <span className="font-semibold">{stakeholder.name}</span>
      {stakeholder.role && <span className="text-ink-muted">, {stakeholder.role}</span>}{" "}
      <span className="text-sm text-ink-muted">
        ({member.positionCount} {member.positionCount === 1 ? "position" : "positions"})
      </span>
      {stakeholder.position && <p className="text-sm">{stakeholder.position}</p>}
      {member.members.length > 0 && (
        <ul>
          {member.members.map((child) => (
            <MemberTree key={child.stakeholder.id} member={child} depth={depth + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

export default async function StakeholderPage({ params }: Props) {
  const view = stakeholderView(getGraph(), (await params).id);
  if (!view) notFound();
  const { group, members, treatyWide, byArticle, accounts, reportedActions } = view;
  return (
    <article className="max-w-column">
      <Breadcrumbs items={[{ href: href.home(), label: "Home" }, { href: href.stakeholders(), label: "Stakeholders" }, { label: group.name }]} />
      <h1 className="text-2xl leading-tight font-bold text-balance sm:text-3xl">{group.name}</h1>
      {group.position && (
        <section aria-labelledby="position-heading" className="my-3">
          <h2 id="position-heading" className="text-lg font-semibold">
            Position in brief
          </h2>
          <p>{group.position}</p>
        </section>
      )}
      <p className="text-sm">
        <Link href={view.lensHref}>Read the treaty through this stakeholder&apos;s lens</Link>
      </p>
      {members.length > 0 && (
        <section aria-labelledby="members-heading" className="my-4">
          <h2 id="members-heading" className="text-lg font-semibold">
            Who speaks for it
          </h2>
          <ul>
            {members.map((member) => (
              <MemberTree key={member.stakeholder.id} member={member} depth={0} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="by-article-heading" className="my-4">
        <h2 id="by-article-heading" className="text-lg font-semibold">
          Its positions, by article ({view.positionCount})
        </h2>
        {view.positionCount === 0 && <p className="text-ink-muted">Our sources record no view of the treaty held by this group itself.</p>}
        {treatyWide.length > 0 && (
          <section id="treaty" aria-labelledby="treaty-heading" className="my-4 space-y-3">
            <h3 id="treaty-heading" className="font-semibold">
              The treaty as a whole
            </h3>
            {treatyWide.map((item) => (
              <AnnotationCard key={item.annotation.id} view={item} headingLevel={4} idPrefix="wide" />
            ))}
          </section>
        )}
        {byArticle.map(({ number, title, annotations }) => (
          <section key={number} id={`art-${number}`} aria-labelledby={`art-${number}-heading`} className="my-4 space-y-3">
            <h3 id={`art-${number}-heading`} className="font-semibold">
              <Link href={href.article(number)}>
                Article {number}. {title}
              </Link>
            </h3>
            {annotations.map((item) => (
              <AnnotationCard key={item.annotation.id} view={item} headingLevel={4} idPrefix={`a${number}`} />
            ))}
          </section>
        ))}
      </section>
      {reportedActions.length > 0 && (
        <section aria-labelledby="reported-heading" className="my-4 space-y-3">
          <h2 id="reported-heading" className="text-lg font-semibold">
            What sources report it did ({reportedActions.length})
          </h2>
          <p className="text-sm text-ink-muted">
            Actions such as signing or endorsing, as a source reports them. They are not statements of its views and are not counted as its positions.
          </p>
          {reportedActions.map((item) => (
            <AnnotationCard key={item.annotation.id} view={item} headingLevel={3} idPrefix="reported" />
          ))}
        </section>
      )}
      {accounts.length > 0 && (
        <section aria-labelledby="accounts-heading" className="my-4 space-y-3">
          <h2 id="accounts-heading" className="text-lg font-semibold">
            Its reporting: background and reported actions ({accounts.length})
          </h2>
          <p className="text-sm text-ink-muted">What writers in this group recount as facts or report others doing; not their views.</p>
          {accounts.map((item) => (
            <AnnotationCard key={item.annotation.id} view={item} headingLevel={3} idPrefix="account" />
          ))}
        </section>
      )}
    </article>
  );
}
