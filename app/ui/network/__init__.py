"""The network's windows: File > New from this convening… and File > Open network…"""
