"""The proxy's configuration: what it promises, and Debian's nginx accepting it (`nginx -t`)."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from deploy import nginx
from deploy.cluster import CHECKOUT, nginx_binary

COMPOSE_CONF = CHECKOUT / "deploy" / "nginx" / "compose.conf"
COMPOSE_UPSTREAMS = ["dashboard-1:8501", "dashboard-2:8501"]


@pytest.fixture(scope="module")
def nginx_path() -> str:
    found = nginx_binary()
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("nginx is needed under CI: .ci/run installs it (`apt-get install nginx`)")
        pytest.skip("nginx is not installed: `apt-get install nginx`")
    return found


def check(binary: str, config: Path, prefix: Path) -> None:
    done = subprocess.run([binary, "-t", "-p", str(prefix), "-c", str(config)], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr


def test_the_local_cluster_config_passes_nginx_t(nginx_path, tmp_path):
    (tmp_path / "tmp").mkdir()
    config = tmp_path / "nginx.conf"
    config.write_text(nginx.render(["127.0.0.1:8601", "127.0.0.1:8602", "127.0.0.1:8603"],
                                   "127.0.0.1:8080", tmp_path))
    check(nginx_path, config, tmp_path)


def test_the_container_config_passes_nginx_t(nginx_path, tmp_path):
    # The replicas' names resolve only inside the compose network: here they are this machine.
    config = tmp_path / "nginx.conf"
    config.write_text(re.sub(r"dashboard-\d+:", "127.0.0.1:", COMPOSE_CONF.read_text()))
    check(nginx_path, config, tmp_path)


def test_the_container_config_is_the_generated_one():
    assert COMPOSE_CONF.read_text() == nginx.render(COMPOSE_UPSTREAMS, "80", None), (
        "regenerate it: python -m deploy.nginx dashboard-1:8501 dashboard-2:8501 --listen 80 "
        "> deploy/nginx/compose.conf"
    )


def test_every_replica_is_balanced_with_affinity_and_passive_health_checks():
    conf = nginx.render(["127.0.0.1:1", "127.0.0.1:2"])
    assert "hash $affinity consistent;" in conf
    assert "ip_hash" not in conf  # every reader behind one address would share a replica
    for port in (1, 2):
        assert f"server 127.0.0.1:{port} max_fails=2 fail_timeout=10s;" in conf
    assert 'Set-Cookie $affinity_cookie always' in conf


def test_the_websocket_passes_and_may_idle():
    conf = nginx.render(["127.0.0.1:1"])
    assert "proxy_set_header Upgrade $http_upgrade;" in conf
    assert "proxy_set_header Connection $connection_upgrade;" in conf
    stream = conf[conf.index("location = /_stcore/stream"):]
    assert "proxy_read_timeout 1d;" in stream.split("}")[0]


def test_no_replica_no_config():
    with pytest.raises(ValueError):
        nginx.render([])
