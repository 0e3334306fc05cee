import type { AxisLayout } from "@/lib/graph/timeline-axis";

const PAD = 24;
const LANE = 26;
const R = 10;

/**
 * The whole path on one drawn axis (a server-rendered SVG): year ticks, a break where empty years
 * are cut out, and each event as a numbered dot matching the list below, which is its text version.
 */
export function TimelineOverview({ axis, numberOf, first, last }: { axis: AxisLayout; numberOf: (id: string) => number; first?: number; last?: number }) {
  const base = PAD + axis.lanes * LANE + 6;
  const height = base + 34;
  const x = (value: number) => PAD + value;
  const laneY = (lane: number) => base - R - 6 - lane * LANE;
  const span = first !== undefined && last !== undefined ? ` from ${first} to ${last}` : "";
  return (
    <figure className="mb-8 hidden sm:block" data-slot="timeline-overview">
      <svg
        viewBox={`0 0 ${axis.width + PAD * 2} ${height}`}
        className="h-auto w-full"
        role="img"
        aria-label={`Time axis${span} with ${axis.events.length} events, numbered as in the list below.`}
      >
        <line x1={x(0)} x2={x(axis.pendingFrom ?? axis.width)} y1={base} y2={base} className="stroke-ink-muted" strokeWidth="2" />
        {axis.pendingFrom !== undefined && (
          <line x1={x(axis.pendingFrom)} x2={x(axis.width)} y1={base} y2={base} className="stroke-ink-muted" strokeWidth="2" strokeDasharray="4 5" />
        )}
        {axis.breaks.map((at) => (
          <g key={at} className="stroke-ink-muted" strokeWidth="2">
            <rect x={x(at) - 10} y={base - 8} width="20" height="16" className="fill-canvas stroke-none" />
            <line x1={x(at) - 9} x2={x(at) - 3} y1={base + 7} y2={base - 7} />
            <line x1={x(at) + 3} x2={x(at) + 9} y1={base + 7} y2={base - 7} />
          </g>
        ))}
        {axis.ticks.map((tick) => (
          <g key={tick.year}>
            <line x1={x(tick.x)} x2={x(tick.x)} y1={base - 5} y2={base + 5} className="stroke-ink-muted" strokeWidth="1.5" />
            <text x={x(tick.x)} y={base + 24} textAnchor="middle" className="fill-ink-muted text-[13px]">
              {tick.year}
            </text>
          </g>
        ))}
        {axis.pendingFrom !== undefined && (
          <text x={x((axis.pendingFrom + axis.width) / 2)} y={base + 24} textAnchor="middle" className="fill-ink-muted text-[13px] italic">
            pending
          </text>
        )}
        {/* Every stem first, then every marker: a stem rising to a higher lane passes behind the markers below it. */}
        {axis.events.map((event) => (
          <line key={event.id} x1={x(event.x)} x2={x(event.x)} y1={laneY(event.lane) + R} y2={base} className="stroke-line" strokeWidth="1.5" />
        ))}
        {axis.events.map((event) => (
          <g key={event.id}>
            <circle cx={x(event.x)} cy={laneY(event.lane)} r={R} className="fill-accent" />
            <text x={x(event.x)} y={laneY(event.lane) + 4} textAnchor="middle" className="fill-canvas text-[11px] font-bold">
              {numberOf(event.id)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
