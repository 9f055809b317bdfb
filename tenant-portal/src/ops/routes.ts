// The console's sections by role: operators take calls, supervisors see KPIs, scripts and audits;
// a supervisor who is also an operator has both. The hash picks one of the user's sections.
export type OpsSection = 'call' | 'supervisor';

export function opsSections(roles: ReadonlySet<string>): OpsSection[] {
  const sections: OpsSection[] = [];
  if (roles.has('operator')) sections.push('call');
  if (roles.has('supervisor')) sections.push('supervisor');
  return sections;
}

export function opsRoute(hash: string, sections: readonly OpsSection[]): OpsSection {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  const found = sections.find((section) => section === name);
  return found ?? sections[0] ?? 'call';
}
