import { describe, expect, it } from "vitest";
import { linkStakeholders } from "./stakeholders";
import { problemLines, tinyContext } from "./testing";

const yaml = (...entries: string[]) => ({ "stakeholders.yaml": entries.map((entry) => `- { ${entry} }`).join("\n") });

describe("linkStakeholders", () => {
  it("gives each stakeholder the group at the top of its parent chain", () => {
    const ctx = tinyContext(
      yaml("id: critics, name: C, kind: group", "id: ngo, name: N, kind: organisation, parent: critics", "id: jane, name: J, kind: person, parent: ngo"),
    );
    expect(linkStakeholders(ctx).map(({ id, group }) => `${id} in ${group}`)).toEqual(["critics in critics", "ngo in critics", "jane in critics"]);
    expect(problemLines(ctx)).toEqual([]);
  });

  it("drops and reports a second id, an unknown parent and a cycle", () => {
    const ctx = tinyContext(
      yaml(
        "id: a, name: A, kind: group",
        "id: a, name: A2, kind: group",
        "id: b, name: B, kind: person, parent: nobody",
        "id: c, name: C, kind: person, parent: d",
        "id: d, name: D, kind: person, parent: c",
      ),
    );
    expect(linkStakeholders(ctx).map((node) => node.name)).toEqual(["A"]);
    expect(problemLines(ctx)).toEqual([
      'content/stakeholders.yaml:2:9 duplicate-id: stakeholder id "a" is used twice',
      'content/stakeholders.yaml:3:43 unknown-stakeholder: parent "nobody" is not a stakeholder',
      'content/stakeholders.yaml:4:43 unknown-stakeholder: stakeholder "c" is its own ancestor',
      'content/stakeholders.yaml:5:43 unknown-stakeholder: stakeholder "d" is its own ancestor',
    ]);
  });

  it("gives nothing when stakeholders.yaml is missing", () => {
    expect(linkStakeholders(tinyContext({}))).toEqual([]);
  });
});
