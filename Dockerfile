# The diplograph app image (used by docker-compose.yml): Node 20, dependencies from the lockfile, the web app built.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:ui
EXPOSE 4477
CMD ["node", "bin/diplograph.js", "serve", "--host", "0.0.0.0", "--port", "4477"]
