# Treaty Explorer as a container: build the static export, then serve it with Debian's nginx and
# the generated configuration in deploy/nginx/ (the same nginx and site.conf the browser tests use).
#
#   docker build --build-arg SITE_URL=https://treaty.example -t treaty-explorer .
#   docker run --rm -p 8080:8080 treaty-explorer
#
# Without SITE_URL the build stops and says what to set.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG SITE_URL
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx \
 && rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled/default \
 && ln -sf /dev/stdout /var/log/nginx/access.log \
 && ln -sf /dev/stderr /var/log/nginx/error.log
COPY deploy/nginx/default.conf /etc/nginx/conf.d/default.conf
COPY deploy/nginx/site.conf /etc/nginx/treaty-explorer/site.conf
COPY --from=build /app/out /usr/share/nginx/html
EXPOSE 8080
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
