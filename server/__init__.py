"""Reference Service Layer: a real HTTP server implementing ``openapi/servicelayer.yaml``.

It shares nothing with ``facade`` or ``generated`` but the spec file.
"""
