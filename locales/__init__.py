"""The gettext catalogs as package data (``.po`` committed, ``.mo`` compiled). Installed as
``agentstatus.locales``."""
