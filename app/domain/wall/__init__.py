"""The sticky-note wall: note colours (palette), clusters, tidy and fishbone layouts,
near-duplicate flags, dot votes and suggested clusters. Pure: values in, values out."""
