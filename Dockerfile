# syntax=docker/dockerfile:1
# The production image: Next.js's standalone server, the static files, and a volume for the
# SQLite database. See docs/deployment.md.
#   docker build --build-arg SITE_URL=https://careers.example.org -t imaging-careers .
#   docker run -p 3000:3000 -v imaging-careers-data:/data imaging-careers

# The public origin: baked into canonical links, the sitemap and robots.txt at build time, and
# read again at run time (the feedback API accepts posts from this origin). Required: the build
# stops with one line naming SITE_URL when it is missing or a local address.
ARG SITE_URL

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles its native binding during npm ci; npm 11 reads "allowScripts" so the
# other install scripts (esbuild, contentlayer2, protobufjs, vnu-jar) do not run.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/* \
  && npm install -g npm@11.19.1
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY . .
ARG SITE_URL
RUN SITE_URL="$SITE_URL" node scripts/site-url.mjs
ENV SITE_URL=$SITE_URL NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
# The check fails the image build if the standalone folder lacks the SQLite binding or pages.
RUN npm run build && npx tsx scripts/check-standalone.ts && mkdir -p public

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ARG SITE_URL
ENV SITE_URL=$SITE_URL NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 \
  FEEDBACK_DB_PATH=/data/feedback.db
# The app's files stay owned by root (read-only to the server); only /data is writable.
RUN mkdir /data && chown node:node /data
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
# The start wrapper (scripts/start.mjs): the same front the checkout's `npm start` runs.
COPY --from=build /app/scripts/start.mjs /app/scripts/site-url.mjs ./
USER node
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/robots.txt').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "start.mjs", "--public"]
