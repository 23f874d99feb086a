import { purchaseOrderStateMachine } from './purchase-order';
import { shipmentStateMachine } from './shipment';
import type { Effect, StateMachine } from './state-machine';
import { supplierStateMachine } from './supplier';
import { taskStateMachine } from './task';

/**
 * Every aggregate's transitions table, in the order work flows through them. The README's
 * pipeline is rendered from these ({@link renderPipeline}) and a spec keeps the two equal.
 */
export const PROCESSES: readonly StateMachine<string, string>[] = [
  supplierStateMachine,
  purchaseOrderStateMachine,
  shipmentStateMachine,
  taskStateMachine,
] as unknown as readonly StateMachine<string, string>[];

function effectText(effect: Effect): string {
  const job = effect.task ? `\`${effect.job}\` (${effect.task})` : `\`${effect.job}\``;
  return effect.when ? `${job} when ${effect.when}` : job;
}

/**
 * One markdown table per aggregate: each move with the jobs it sets off. Consecutive moves of
 * one action to one status with the same effects (a milestone reached from several earlier
 * ones) are one row.
 */
export function renderPipeline(processes: readonly StateMachine<string, string>[] = PROCESSES): string {
  const sections = processes.map((machine) => {
    const rows: { from: string[]; action: string; to: string; effects: string }[] = [];
    for (const row of machine.rows()) {
      const effects = row.effects.map(effectText).join('; ') || '—';
      const action = row.action === null ? '*created*' : `\`${row.action}\``;
      const from = row.from === null ? '' : `\`${row.from}\``;
      const same = rows.find((r) => r.action === action && r.to === row.to && r.effects === effects);
      if (same && from) same.from.push(from);
      else rows.push({ from: from ? [from] : [], action, to: row.to, effects });
    }
    const event = machine.options.event ? ` Every change is also the buyer webhook \`${machine.options.event}\`.` : '';
    return [
      `**${machine.aggregate}**${event}`,
      '',
      '| from | action | to | sets off |',
      '|---|---|---|---|',
      ...rows.map((r) => `| ${r.from.join(', ') || '—'} | ${r.action} | \`${r.to}\` | ${r.effects} |`),
    ].join('\n');
  });
  return sections.join('\n\n') + '\n';
}
