"""Room capture's rules, with no I/O: the join token's shape, size limits, the per-device rate limit,
what a submitted form may hold, and the page's words in English and Spanish."""
