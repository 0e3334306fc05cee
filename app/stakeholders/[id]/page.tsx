import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnnotationCard } from "@/components/annotation-card";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getGraph } from "@/lib/data";
import { annotationArticles, annotationsBy, getArticle, getStakeholder, stakeholderGroups, stakeholderMembers } from "@/lib/graph/queries";
import type { ClauseGraph, StakeholderNode } from "@/lib/schema/graph";

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

function MemberTree({ graph, member, depth }: { graph: ClauseGraph; member: StakeholderNode; depth: number }) {
  const children = stakeholderMembers(graph, member.id);
  return (
    <li id={member.id} style={{ marginLeft: `${depth}rem` }}>
      <span className="font-semibold">{member.name}</span>
      {member.role && <span className="muted">, {member.role}</span>} <span className="text-sm muted">({annotationsBy(graph, member.id).length} annotations)</span>
      {member.position && <p className="text-sm">{member.position}</p>}
      {children.length > 0 && (
        <ul>
          {children.map((child) => (
            <MemberTree key={child.id} graph={graph} member={child} depth={depth + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

export default async function StakeholderPage({ params }: Props) {
  const graph = getGraph();
  const group = getStakeholder(graph, (await params).id);
  if (!group || group.parent !== undefined) notFound();
  const annotations = annotationsBy(graph, group.id);
  const articles = [...new Set(annotations.flatMap(annotationArticles))].sort((a, b) => a - b);
  const treatyWide = annotations.filter((a) => a.provisions.includes("treaty") || a.provisions.includes("preamble"));
  const members = stakeholderMembers(graph, group.id);
  return (
    <article>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/stakeholders", label: "Stakeholders" }, { label: group.name }]} />
      <h1 className="text-2xl font-bold">{group.name}</h1>
      {group.position && (
        <section aria-labelledby="position-heading" className="my-3">
          <h2 id="position-heading" className="text-lg font-semibold">
            Position in brief
          </h2>
          <p>{group.position}</p>
        </section>
      )}
      <p className="text-sm">
        <Link href={`/articles/${articles[0] ?? 1}?lens=${group.id}`}>Read the treaty through this stakeholder&apos;s lens</Link>
      </p>
      {members.length > 0 && (
        <section aria-labelledby="members-heading" className="my-4">
          <h2 id="members-heading" className="text-lg font-semibold">
            Who speaks for it
          </h2>
          <ul>
            {members.map((member) => (
              <MemberTree key={member.id} graph={graph} member={member} depth={0} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="by-article-heading" className="my-4">
        <h2 id="by-article-heading" className="text-lg font-semibold">
          Commentary by article ({annotations.length})
        </h2>
        {treatyWide.length > 0 && (
          <section id="treaty" aria-labelledby="treaty-heading" className="my-4 space-y-3">
            <h3 id="treaty-heading" className="font-semibold">
              The treaty as a whole
            </h3>
            {treatyWide.map((annotation) => (
              <AnnotationCard key={annotation.id} graph={graph} annotation={annotation} headingLevel={4} idPrefix="wide" />
            ))}
          </section>
        )}
        {articles.map((number) => (
          <section key={number} id={`art-${number}`} aria-labelledby={`art-${number}-heading`} className="my-4 space-y-3">
            <h3 id={`art-${number}-heading`} className="font-semibold">
              <Link href={`/articles/${number}`}>
                Article {number}. {getArticle(graph, number)?.title}
              </Link>
            </h3>
            {annotations
              .filter((annotation) => annotationArticles(annotation).includes(number))
              .map((annotation) => (
                <AnnotationCard key={annotation.id} graph={graph} annotation={annotation} headingLevel={4} idPrefix={`a${number}`} />
              ))}
          </section>
        ))}
      </section>
    </article>
  );
}
