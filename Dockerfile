# One image for every service: the command picks which one runs (see docker-compose.yml).
FROM node:24-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY kit ./kit
COPY gateway ./gateway
COPY subgraphs ./subgraphs
COPY schema ./schema
COPY platform ./platform
COPY tools ./tools
USER node
CMD ["node", "platform/start.ts"]
