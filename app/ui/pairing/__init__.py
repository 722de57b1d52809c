"""The Pairing tab: criteria, rules (away, do-not-pair), and the rounds with lock, swap and re-solve."""
