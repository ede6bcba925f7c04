"""Reading the suite's own specification files (what the lint checks and the results embed).

One reader per file kind, so that the lint and the results never disagree about what a file
says.
"""
