# The balancer: Debian's nginx with the configuration from deploy/nginx.py. Build from the repository root:
#   docker build -f deploy/proxy.Dockerfile -t accountability-proxy .
FROM debian:trixie-slim

RUN apt-get update \
    && apt-get install -y --no-install-recommends nginx \
    && rm -rf /var/lib/apt/lists/*

COPY deploy/nginx/compose.conf /etc/nginx/nginx.conf
RUN nginx -t -q
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
