// All the text a practitioner can see on a card, including what ShowCards and hidden containers reveal.

export function cardText(node: unknown): string[] {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) {
      n.forEach(walk);
      return;
    }
    if (n === null || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    switch (o.type) {
      case 'TextBlock':
      case 'TextRun':
        if (typeof o.text === 'string') out.push(o.text);
        break;
      case 'FactSet':
        for (const f of Array.isArray(o.facts) ? (o.facts as Record<string, unknown>[]) : []) {
          out.push(`${String(f.title ?? '')}: ${String(f.value ?? '')}`);
        }
        break;
      case 'Input.ChoiceSet':
        for (const c of Array.isArray(o.choices) ? (o.choices as Record<string, unknown>[]) : []) out.push(String(c.title ?? ''));
        break;
      default:
        break;
    }
    if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.title === 'string') out.push(o.title);
    if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.label === 'string') out.push(o.label);
    for (const key of ['body', 'items', 'columns', 'actions', 'inlines', 'card']) walk(o[key]);
  };
  walk(node);
  return out;
}
