"""What a deployment needs beyond one process: the proxy's configuration and a local cluster."""
