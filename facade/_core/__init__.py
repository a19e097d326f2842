"""Errors, configuration, transport, responses, batching and argument checks: what every other part of the facade builds on.

Imports only the generated client, httpx and the standard library.
"""
