// The console's sections by role: operators take calls, supervisors see KPIs, scripts and audits;
// supervisors and platform admins decide on cycle counts' variances. A user with several roles has
// each of their sections. The hash picks one of the user's sections.
export type OpsSection = 'call' | 'supervisor' | 'counts';

export function opsSections(roles: ReadonlySet<string>): OpsSection[] {
  const sections: OpsSection[] = [];
  if (roles.has('operator')) sections.push('call');
  if (roles.has('supervisor')) sections.push('supervisor');
  if (roles.has('supervisor') || roles.has('platform-admin')) sections.push('counts');
  return sections;
}

export function opsRoute(hash: string, sections: readonly OpsSection[]): OpsSection {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  const found = sections.find((section) => section === name);
  return found ?? sections[0] ?? 'call';
}
