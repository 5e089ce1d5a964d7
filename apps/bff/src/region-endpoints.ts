// `VPC_ENDPOINT_<REGION>` variables: one region's calls to its own endpoint (issue 20), e.g.
// `VPC_ENDPOINT_EU_CENTRAL_1=https://vpc.eu-central-1.aliyuncs.com`. Environment names cannot
// hold a dash, so the region is written in capitals with underscores.
const VARIABLE = /^VPC_ENDPOINT_([A-Z0-9]+(?:_[A-Z0-9]+)*)$/;

/** The per-region endpoints found in `env`, and a problem line per variable that is not a URL. */
export function regionEndpointsFromEnv(env: NodeJS.ProcessEnv): {
  endpoints: Record<string, string>;
  problems: string[];
} {
  const endpoints: Record<string, string> = {};
  const problems: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    const match = VARIABLE.exec(name);
    if (!match?.[1] || value === undefined || value === '') continue;
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      problems.push(`${name}: must be an http(s) URL`);
      continue;
    }
    endpoints[match[1].toLowerCase().replaceAll('_', '-')] = value;
  }
  return { endpoints, problems };
}
