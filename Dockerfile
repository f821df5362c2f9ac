# syntax=docker/dockerfile:1
# One image for every Sitrep stage, the stage chosen at start (as Immich's IMMICH_WORKERS_INCLUDE):
#   docker build -t sitrep .
#   docker run sitrep                      every stage in one process
#   docker run sitrep classifier           one stage (or several: ingest api)
#   docker run -e SITREP_STAGES=notifier sitrep
# docker-compose.yml runs the whole product from this image, one service per stage.
ARG NODE_IMAGE=node:24-bookworm-slim

# Build: every dependency, type-check and compile (npm run build), then nothing of it ships but dist/.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Runtime: production dependencies only (no install scripts), the compiled code, a non-root user.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The built gazetteer (node_modules/.cache/sitrep, ~80 MB): each classifier then starts in about a
# second and a half instead of building it for five (libs/classification/src/gazetteer/gazetteer.cache.ts).
RUN node -e "require('./dist/libs/classification/src/gazetteer/gazetteer.builder').GazetteerBuilder.shared()"
USER node
EXPOSE 3000
# /health/live needs no dependency: it says the process answers. Every stage serves it on PORT.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:${PORT:-3000}/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# The entry adds its node flags itself (apps/sitrep/src/node-flags.ts); arguments name the stages.
ENTRYPOINT ["node", "dist/main.js"]
CMD []
