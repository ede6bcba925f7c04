"""The steps of the bilingual specification: one vocabulary, one function per meaning."""
