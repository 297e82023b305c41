"""The house rules of DESIGN §5 as tests: the import graph, the sizes and the layout."""
