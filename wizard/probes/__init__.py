"""Asynchronous network probes (DNS, proxy, TLS, SIP): I/O that feeds the runbook; no Qt."""
