// A reusable oidc-provider (npm) peer for interop tests, listening on loopback.
//
// Usage: node provider.mjs [--port N] [--client-id ID] [--audience URI] [--access-token-ttl S]
//                          [--access-token-format jwt|opaque] [--api-client-id ID]
//                          [--api-client-secret SECRET] [--redirect-uri URI ...]
// Every flag also reads an env var: OIDC_PORT, OIDC_CLIENT_ID, OIDC_AUDIENCE,
// OIDC_ACCESS_TOKEN_TTL, OIDC_ACCESS_TOKEN_FORMAT, OIDC_API_CLIENT_ID, OIDC_API_CLIENT_SECRET,
// OIDC_REDIRECT_URIS (comma-separated).
// Port 0 (the default) picks a free port. Prints one JSON line {"issuer": ..., "port": ...}
// on stdout once it is ready, then serves until SIGINT/SIGTERM.
//
// Enabled: authorization code with PKCE (public client), device flow, refresh tokens
// (offline_access), JWT or opaque access tokens for the audience through resourceIndicators,
// introspection (confidential API client), revocation, devInteractions (login accepts any
// password; the account id is the login name).
import http from 'node:http';
import { parseArgs } from 'node:util';
import Provider from 'oidc-provider';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.OIDC_PORT ?? '0' },
    'client-id': { type: 'string', default: process.env.OIDC_CLIENT_ID ?? 'servicelayer-sdk' },
    audience: { type: 'string', default: process.env.OIDC_AUDIENCE ?? 'urn:servicelayer:api' },
    'access-token-ttl': { type: 'string', default: process.env.OIDC_ACCESS_TOKEN_TTL ?? '3600' },
    'access-token-format': { type: 'string', default: process.env.OIDC_ACCESS_TOKEN_FORMAT ?? 'jwt' },
    'api-client-id': { type: 'string', default: process.env.OIDC_API_CLIENT_ID ?? 'servicelayer-api' },
    'api-client-secret': {
      type: 'string',
      default: process.env.OIDC_API_CLIENT_SECRET ?? 'servicelayer-api-secret',
    },
    'redirect-uri': {
      type: 'string',
      multiple: true,
      default: (process.env.OIDC_REDIRECT_URIS ?? 'http://127.0.0.1/callback,http://localhost/callback')
        .split(',')
        .filter(Boolean),
    },
  },
});

const audience = values.audience;
const accessTokenTTL = Number(values['access-token-ttl']);
const scope = 'openid offline_access profile';

const server = http.createServer();
server.listen(Number(values.port), '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: values['client-id'],
        application_type: 'native', // RFC 8252: any loopback port is accepted
        token_endpoint_auth_method: 'none',
        grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: values['redirect-uri'],
      },
      {
        client_id: values['api-client-id'],
        client_secret: values['api-client-secret'],
        grant_types: [],
        response_types: [],
        redirect_uris: [],
      },
    ],
    pkce: { required: () => true },
    scopes: scope.split(' '),
    cookies: { keys: ['interop-cookie-key'] },
    ttl: { AccessToken: accessTokenTTL },
    features: {
      devInteractions: { enabled: true },
      deviceFlow: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope,
          audience,
          accessTokenFormat: values['access-token-format'],
          accessTokenTTL,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    issueRefreshToken: (ctx, client, code) =>
      client.grantTypeAllowed('refresh_token') && code.scopes.has('offline_access'),
  });
  provider.on('server_error', (ctx, error) => console.error('server_error', error));
  server.on('request', provider.callback());
  process.stdout.write(`${JSON.stringify({ issuer, port })}\n`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
