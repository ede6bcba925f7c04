"""Reports rendered from a results document: self-contained HTML, Markdown, console summary.

Rendering never runs the suite: ``render.write_reports`` takes the results JSON (see
``agentstatus.results``) and writes one report per language, so a saved run can be shown
again in another language or time zone.
"""
