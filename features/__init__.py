"""The specification as package data: ``sv/`` and ``en/`` features, the requirement catalogue,
the interpretation notes and the source text. Installed as ``agentstatus.features``."""
