"""The sticky-note wall: boards, notes, clusters, dot votes, suggested clusters."""
