"""Use cases over domain + store. Qt-free; they commit, then tell listeners."""
