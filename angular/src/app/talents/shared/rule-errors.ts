import { HttpErrorResponse } from '@angular/common/http';

/**
 * Where a server validation message belongs. The API names faults by path:
 * `rules[1].condition.children[0].values[0]` (rule validation), `Rules[0].NameZh` (data annotations),
 * `$.rules[0].amount.fixed` (JSON reader), `rule.schedule.shares` ("test this rule", one rule), `TitleZh`.
 */
export interface ErrorLocation {
  /** The rule's index, or null for the policy's own fields (or a path that names no rule). */
  rule: number | null;
  /**
   * Within a rule: `condition` (the root), `condition.0.2` (child indices), `amount`, `schedule`, `code`,
   * `nameZh`, ... or '' for the rule as a whole. For the policy: its field (`titleZh`, `effectiveFrom`) or ''.
   */
  target: string;
}

export interface LocatedError extends ErrorLocation {
  path: string;
  messages: string[];
}

const camel = (name: string) => (name ? name.charAt(0).toLowerCase() + name.slice(1) : name);

interface Segment {
  name: string;
  index: number | null;
}

/** `a.b[1].c` → [{a}, {b, 1}, {c}]; names camel-cased (the server's model state keys are PascalCase). */
export function pathSegments(path: string): Segment[] {
  const trimmed = path.trim().replace(/^\$\.?/, '');
  if (!trimmed) {
    return [];
  }
  return trimmed.split('.').map(part => {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      return { name: part, index: null };
    }
    const indices = [...match[2].matchAll(/\[(\d+)\]/g)].map(m => Number(m[1]));
    return { name: match[1], index: indices.length > 0 ? indices[indices.length - 1] : null };
  });
}

/**
 * Maps an error path to the rule and the part of it it is about. `singleRule` is the index of the rule sent
 * alone (as `rule`) to "test this rule".
 */
export function locateError(path: string, singleRule: number | null = null): ErrorLocation {
  const segments = pathSegments(path);
  // "input.Rules[0]..." or "body.rules[0]": skip anything before the rules.
  const start = segments.findIndex(segment => {
    const name = camel(segment.name);
    return (name === 'rules' && segment.index !== null) || (name === 'rule' && singleRule !== null);
  });
  if (start < 0) {
    const field = segments.map(segment => camel(segment.name)).filter(name => name && name !== 'input' && name !== 'body')[0] ?? '';
    return { rule: null, target: field };
  }

  const rule = camel(segments[start].name) === 'rule' ? singleRule : segments[start].index;
  const rest = segments.slice(start + 1);
  const first = camel(rest[0]?.name ?? '');
  if (first === 'condition') {
    const indices: number[] = [];
    for (const segment of rest.slice(1)) {
      if (camel(segment.name) !== 'children' || segment.index === null) {
        break;
      }
      indices.push(segment.index);
    }
    return { rule, target: conditionTarget(indices) };
  }
  if (first === 'amount' || first === 'schedule') {
    return { rule, target: first };
  }
  return { rule, target: first };
}

/** The target of a condition node: `condition` for the root, `condition.0.2` below it. */
export function conditionTarget(path: readonly number[]): string {
  return ['condition', ...path].join('.');
}

/** The `errors` of a problem-details body (validation faults by path), or null. */
export function problemErrors(error: unknown): Record<string, string[]> | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 400) {
    return null;
  }
  let body: unknown = error.error;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return null;
    }
  }
  const errors = (body as { errors?: unknown } | null)?.errors;
  return errors && typeof errors === 'object' && !Array.isArray(errors) ? (errors as Record<string, string[]>) : null;
}

/** Every fault, located, in the order rules appear (policy fields first). */
export function locateErrors(errors: Readonly<Record<string, readonly string[]>>, singleRule: number | null = null): LocatedError[] {
  return Object.entries(errors)
    .map(([path, messages]) => ({ ...locateError(path, singleRule), path, messages: [...messages] }))
    .sort((a, b) => (a.rule ?? -1) - (b.rule ?? -1) || a.target.localeCompare(b.target, 'en', { numeric: true }));
}

/**
 * The located faults, looked up by the editor: per rule and target (`condition.0.1`, `amount`, ...), the
 * number of faults of a rule (for its badge), and the policy's own fields.
 */
export class RuleErrors {
  static readonly none = new RuleErrors([]);

  private readonly byKey = new Map<string, string[]>();
  private readonly countByRule = new Map<number, number>();

  constructor(readonly all: readonly LocatedError[]) {
    for (const error of all) {
      const key = RuleErrors.key(error.rule, error.target);
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), ...error.messages]);
      if (error.rule !== null) {
        this.countByRule.set(error.rule, (this.countByRule.get(error.rule) ?? 0) + error.messages.length);
      }
    }
  }

  private static key(rule: number | null, target: string): string {
    return `${rule ?? 'policy'}|${target}`;
  }

  get isEmpty(): boolean {
    return this.all.length === 0;
  }

  /** Messages about one part of a rule (`code`, `amount`, `condition.0`), or of the policy when rule is null. */
  at(rule: number | null, target: string): string[] {
    return this.byKey.get(RuleErrors.key(rule, target)) ?? [];
  }

  /** Messages about one condition node of a rule. */
  atCondition(rule: number, path: readonly number[]): string[] {
    return this.at(rule, conditionTarget(path));
  }

  countFor(rule: number): number {
    return this.countByRule.get(rule) ?? 0;
  }

  /** The faults of one rule, as a map target → messages (what a rule editor shows). */
  forRule(rule: number): ReadonlyMap<string, string[]> {
    const map = new Map<string, string[]>();
    for (const error of this.all.filter(item => item.rule === rule)) {
      map.set(error.target, [...(map.get(error.target) ?? []), ...error.messages]);
    }
    return map;
  }
}

/** "1.3" for the node at children [0][2]; '' for the root. */
export function conditionNumber(target: string): string {
  return target.split('.').slice(1).map(index => Number(index) + 1).join('.');
}
